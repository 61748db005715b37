import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { GoalsModule } from '@oneplan/goals';
import { NotesModule } from '@oneplan/notes';
import { OutboxModule } from '@oneplan/outbox';
import { PlanModule } from '@oneplan/plan';
import { MedicationChangeLoaders } from './medication-change.loaders.js';
import { MedicationChangeRepository } from './medication-change.repository.js';
import { MedicationChangeResolver, PlanMedicationsResolver } from './medication-change.resolver.js';
import { MedicationChangeService } from './medication-change.service.js';

@Module({
  imports: [CareTeamModule, GoalsModule, NotesModule, OutboxModule, PlanModule],
  providers: [MedicationChangeLoaders, MedicationChangeRepository, MedicationChangeResolver, MedicationChangeService, PlanMedicationsResolver],
})
export class MedicationsModule {}
