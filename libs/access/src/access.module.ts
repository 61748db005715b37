import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '@oneplan/audit';
import { AuthModule } from '@oneplan/auth';
import { OutboxModule } from '@oneplan/outbox';
import { AccessGuard } from './access.guard.js';
import { AccessRepository } from './access.repository.js';
import { BreakGlassResolver } from './break-glass.resolver.js';
import { NodeAccess } from './node-access.js';
import { NodeResolver } from './node.resolver.js';
import { PatientVisibility } from './patient-visibility.js';
import { AccessNodes } from './access.nodes.js';

@Global()
@Module({
  imports: [AuditModule, AuthModule, OutboxModule],
  providers: [AccessNodes, AccessRepository, BreakGlassResolver, NodeAccess, NodeResolver, PatientVisibility, AccessGuard, { provide: APP_GUARD, useExisting: AccessGuard }],
  exports: [AccessGuard, NodeAccess, PatientVisibility],
})
export class AccessModule {}
