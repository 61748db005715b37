import { Module } from '@nestjs/common';
import { AuthModule } from '@oneplan/auth';
import { MailModule } from '@oneplan/mail';
import { MeasuresModule } from '@oneplan/measures';
import { OutboxModule } from '@oneplan/outbox';
import { PlanModule } from '@oneplan/plan';
import { SelfReportController } from './self-report.controller.js';
import { SelfReportDue } from './self-report-due.js';
import { SelfReportLinkDelivery } from './self-report-link-delivery.js';
import { SelfReportRepository } from './self-report.repository.js';
import { SelfReportResolver } from './self-report.resolver.js';
import { SelfReportService } from './self-report.service.js';

/** The API's side of self-report: sending links, and the page's form and answers. */
@Module({
  controllers: [SelfReportController],
  imports: [AuthModule, MeasuresModule, PlanModule],
  providers: [SelfReportRepository, SelfReportResolver, SelfReportService],
})
export class SelfReportModule {}

/** The worker's side: emailing links, and sending them when measures fall due. */
@Module({
  imports: [MailModule, OutboxModule],
  providers: [SelfReportDue, SelfReportLinkDelivery, SelfReportRepository],
  exports: [SelfReportDue, SelfReportLinkDelivery],
})
export class SelfReportDeliveryModule {}
