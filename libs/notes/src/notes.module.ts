import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { PlanModule } from '@oneplan/plan';
import { ClinicalNoteLoaders } from './clinical-note.loaders.js';
import { ClinicalNoteRepository } from './clinical-note.repository.js';
import { ClinicalNoteResolver, PlanNotesResolver } from './clinical-note.resolver.js';
import { ClinicalNoteService } from './clinical-note.service.js';

@Module({
  imports: [CareTeamModule, PlanModule],
  providers: [ClinicalNoteLoaders, ClinicalNoteRepository, ClinicalNoteResolver, ClinicalNoteService, PlanNotesResolver],
  exports: [ClinicalNoteLoaders],
})
export class NotesModule {}
