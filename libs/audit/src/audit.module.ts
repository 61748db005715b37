import { Module } from '@nestjs/common';
import { AuditTrail } from './audit-trail.js';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';

@Module({
  providers: [AuditRepository, AuditResolver, AuditTrail],
  exports: [AuditTrail],
})
export class AuditModule {}
