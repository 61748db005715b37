import { Module } from '@nestjs/common';
import { AuditTrail } from './audit-trail.js';
import { AuditRepository } from './audit.repository.js';

/** The audit trail as writers use it (API and worker); the API's audit queries are AuditModule's. */
@Module({ providers: [AuditRepository, AuditTrail], exports: [AuditRepository, AuditTrail] })
export class AuditTrailModule {}
