import { Module } from '@nestjs/common';
import { AuditTrailModule } from '@oneplan/audit';
import { FhirModule } from '@oneplan/fhir';
import { OutboxModule } from '@oneplan/outbox';
import { PlanModule } from '@oneplan/plan';
import { FhirEverythingController } from './fhir-everything.controller.js';
import { ConsentRepository } from './consent.repository.js';
import { ConsentResolver } from './consent.resolver.js';
import { ConsentService } from './consent.service.js';
import { ConsentNodes } from './consent.nodes.js';

@Module({
  controllers: [FhirEverythingController],
  imports: [AuditTrailModule, FhirModule, OutboxModule, PlanModule],
  providers: [ConsentNodes, ConsentRepository, ConsentResolver, ConsentService],
  exports: [ConsentRepository],
})
export class ConsentModule {}
