import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { PlanItemResolver, PlanModule } from '@oneplan/plan';
import { ClinicalNoteLoaders } from './clinical-note.loaders.js';
import { ClinicalNoteRepository } from './clinical-note.repository.js';
import { ClinicalNoteResolver, PlanNotesResolver } from './clinical-note.resolver.js';
import { ClinicalNoteService } from './clinical-note.service.js';
import { ClinicalNoteNodes } from './clinical-note.nodes.js';
import { ClinicalNote } from './models/clinical-note.model.js';

@Module({
  imports: [CareTeamModule, PlanModule],
  providers: [PlanItemResolver(ClinicalNote), ClinicalNoteNodes, ClinicalNoteLoaders, ClinicalNoteRepository, ClinicalNoteResolver, ClinicalNoteService, PlanNotesResolver],
  exports: [ClinicalNoteLoaders],
})
export class NotesModule {}
