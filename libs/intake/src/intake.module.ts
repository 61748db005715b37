import { Module } from '@nestjs/common';
import { AuditTrailModule } from '@oneplan/audit';
import { CareTeamModule } from '@oneplan/care-team';
import { MeasuresModule } from '@oneplan/measures';
import { PlanModule } from '@oneplan/plan';
import { NotificationsModule } from '@oneplan/reminders';
import { PlanTemplatesModule } from '@oneplan/templates';
import { IntakeRepository } from './intake.repository.js';
import { IntakeResolver } from './intake.resolver.js';
import { IntakeService } from './intake.service.js';

/** From first assessment to admission or referral out. */
@Module({
  imports: [AuditTrailModule, CareTeamModule, MeasuresModule, NotificationsModule, PlanModule, PlanTemplatesModule],
  providers: [IntakeRepository, IntakeResolver, IntakeService],
})
export class IntakeModule {}
