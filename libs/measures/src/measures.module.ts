import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { OutboxModule } from '@oneplan/outbox';
import { PlanModule } from '@oneplan/plan';
import { OutcomeMeasureLoaders } from './outcome-measure.loaders.js';
import { OutcomeMeasureRepository } from './outcome-measure.repository.js';
import { OutcomeMeasureResolver, PlanMeasuresResolver } from './outcome-measure.resolver.js';
import { OutcomeMeasureService } from './outcome-measure.service.js';

@Module({
  imports: [CareTeamModule, OutboxModule, PlanModule],
  providers: [OutcomeMeasureLoaders, OutcomeMeasureRepository, OutcomeMeasureResolver, OutcomeMeasureService, PlanMeasuresResolver],
})
export class MeasuresModule {}
