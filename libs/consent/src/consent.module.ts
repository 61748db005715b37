import { Module } from '@nestjs/common';
import { AuditTrailModule } from '@oneplan/audit';
import { OutboxModule } from '@oneplan/outbox';
import { PlanModule } from '@oneplan/plan';
import { ConsentRepository } from './consent.repository.js';
import { ConsentResolver } from './consent.resolver.js';
import { ConsentService } from './consent.service.js';
import { ConsentNodes } from './consent.nodes.js';

@Module({
  imports: [AuditTrailModule, OutboxModule, PlanModule],
  providers: [ConsentNodes, ConsentRepository, ConsentResolver, ConsentService],
})
export class ConsentModule {}
