import { Module } from '@nestjs/common';
import { ConsentModule } from '@oneplan/consent';
import { OutboxModule } from '@oneplan/outbox';
import { PlanModule } from '@oneplan/plan';
import { MailModule } from '@oneplan/mail';
import { SupportUpdateDelivery } from './support-update-delivery.js';
import { SupportLoaders } from './supports.loaders.js';
import { SupportNodes } from './supports.nodes.js';
import { SupportsRepository } from './supports.repository.js';
import { PatientSupportsResolver, SupportResolver } from './supports.resolver.js';
import { SupportsService } from './supports.service.js';

/** The API's side of supports: who they are, and consented updates to them. */
@Module({
  imports: [ConsentModule, PlanModule],
  providers: [PatientSupportsResolver, SupportLoaders, SupportNodes, SupportResolver, SupportsRepository, SupportsService],
  exports: [SupportLoaders, SupportsRepository],
})
export class SupportsModule {}

/** The worker's side: emailing the updates. */
@Module({
  imports: [MailModule, OutboxModule],
  providers: [SupportsRepository, SupportUpdateDelivery],
  exports: [SupportUpdateDelivery],
})
export class SupportDeliveryModule {}
