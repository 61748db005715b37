import { Module } from '@nestjs/common';
import { AuditTrail } from './audit-trail.js';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditNodes } from './audit.nodes.js';

@Module({
  providers: [AuditNodes, AuditRepository, AuditResolver, AuditTrail],
  exports: [AuditTrail],
})
export class AuditModule {}
