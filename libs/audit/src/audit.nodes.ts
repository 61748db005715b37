import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { AuditRepository } from './audit.repository.js';

/** Audit events by id (node). */
@Injectable()
export class AuditNodes implements OnModuleInit {
  constructor(
    private readonly audit: AuditRepository,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('AuditEvent', (ids) => this.audit.eventsByIds(ids));
  }
}
