import { Module } from '@nestjs/common';
import { GoalsModule } from '@oneplan/goals';
import { PlanModule } from '@oneplan/plan';
import { PlanTemplateRepository } from './plan-template.repository.js';
import { PlanTemplateResolver } from './plan-template.resolver.js';
import { PlanTemplateService } from './plan-template.service.js';

/** A program's plan templates, previewed and applied to plans. */
@Module({
  imports: [GoalsModule, PlanModule],
  providers: [PlanTemplateRepository, PlanTemplateResolver, PlanTemplateService],
  exports: [PlanTemplateService],
})
export class PlanTemplatesModule {}
