import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { GoalsModule } from '@oneplan/goals';
import { NotesModule } from '@oneplan/notes';
import { OutboxModule } from '@oneplan/outbox';
import { PlanItemResolver, PlanModule } from '@oneplan/plan';
import { MedicationChangeLoaders } from './medication-change.loaders.js';
import { MedicationChangeRepository } from './medication-change.repository.js';
import { MedicationChangeResolver, PlanMedicationsResolver } from './medication-change.resolver.js';
import { MedicationChangeService } from './medication-change.service.js';
import { MedicationChangeNodes } from './medication-change.nodes.js';
import { MedicationChange } from './models/medication-change.model.js';

@Module({
  imports: [CareTeamModule, GoalsModule, NotesModule, OutboxModule, PlanModule],
  providers: [
    PlanItemResolver(MedicationChange),
    MedicationChangeNodes,
    MedicationChangeLoaders,
    MedicationChangeRepository,
    MedicationChangeResolver,
    MedicationChangeService,
    PlanMedicationsResolver,
  ],
})
export class MedicationsModule {}
