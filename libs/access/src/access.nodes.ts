import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { AccessRepository } from './access.repository.js';

/** Emergency accesses by id (node). */
@Injectable()
export class AccessNodes implements OnModuleInit {
  constructor(
    private readonly access: AccessRepository,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('EmergencyAccess', (ids) => this.access.emergencyAccessesByIds(ids));
  }
}
