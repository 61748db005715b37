import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { OutboxModule } from '@oneplan/outbox';
import { PlanItemResolver, PlanModule } from '@oneplan/plan';
import { OutcomeMeasureRepository } from './outcome-measure.repository.js';
import { OutcomeMeasureResolver, PlanMeasuresResolver } from './outcome-measure.resolver.js';
import { OutcomeMeasureService } from './outcome-measure.service.js';
import { OutcomeMeasureNodes } from './outcome-measure.nodes.js';
import { OutcomeMeasure } from './models/outcome-measure.model.js';

@Module({
  imports: [CareTeamModule, OutboxModule, PlanModule],
  providers: [PlanItemResolver(OutcomeMeasure), OutcomeMeasureNodes, OutcomeMeasureRepository, OutcomeMeasureResolver, OutcomeMeasureService, PlanMeasuresResolver],
  exports: [OutcomeMeasureRepository],
})
export class MeasuresModule {}
