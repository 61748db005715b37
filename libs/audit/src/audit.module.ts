import { Module } from '@nestjs/common';
import { AuditTrailModule } from './audit-trail.module.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditNodes } from './audit.nodes.js';

@Module({
  imports: [AuditTrailModule],
  providers: [AuditNodes, AuditResolver],
  exports: [AuditTrailModule],
})
export class AuditModule {}
