import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { CareTeamRepository } from './care-team.repository.js';

/** Programs, staff, patients, episodes and care-team memberships by id (node). */
@Injectable()
export class CareTeamNodes implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly repository: CareTeamRepository,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('Program', (ids) => this.repository.programsByIds(ids));
    this.nodes.registerByIds('StaffMember', (ids) => this.repository.staffByIds(ids));
    this.nodes.registerByIds('Patient', (ids) => this.repository.patientsByIds(ids));
    this.nodes.registerByIds('Episode', (ids) => this.repository.episodesByIds(ids));
    this.nodes.registerByIds('CareTeamMember', (ids) => this.repository.membershipsByIds(ids));
  }
}
