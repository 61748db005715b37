import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { GroupsRepository } from './groups.repository.js';

/** Group sessions, recurring groups and roster entries by id (node). */
@Injectable()
export class GroupNodes implements OnModuleInit {
  constructor(
    private readonly groups: GroupsRepository,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('GroupSession', (ids) => this.groups.groupSessionsByIds(ids));
    this.nodes.registerByIds('GroupSchedule', (ids) => this.groups.schedulesByIds(ids));
    this.nodes.registerByIds('GroupEnrollment', (ids) => this.groups.enrollmentsByIds(ids));
  }
}
