import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@oneplan/graphql';
import { ClinicalNoteRepository } from './clinical-note.repository.js';

/** Notes by what they are about; other areas resolve their `notes` fields through these. */
@Injectable()
export class ClinicalNoteLoaders {
  constructor(private readonly notes: ClinicalNoteRepository) {}

  onPlan(loaders: RequestLoaders) {
    return loaders.many('note.byPlan', (ids) => this.notes.planNotesByPlanIds(ids), (row) => row.planId);
  }

  onGoal(loaders: RequestLoaders) {
    return loaders.many('note.byGoal', (ids) => this.notes.byGoalIds(ids), (row) => row.goalId!);
  }

  onSession(loaders: RequestLoaders) {
    return loaders.many('note.bySession', (ids) => this.notes.bySessionIds(ids), (row) => row.individualSessionId!);
  }

  onMedicationChange(loaders: RequestLoaders) {
    return loaders.many('note.byMedicationChange', (ids) => this.notes.byMedicationChangeIds(ids), (row) => row.medicationChangeId!);
  }

  amendments(loaders: RequestLoaders) {
    return loaders.many('note.amendments', (ids) => this.notes.amendmentsOf(ids), (row) => row.amendsId!);
  }
}
