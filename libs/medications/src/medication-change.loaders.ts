import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@oneplan/graphql';
import { MedicationChangeRepository } from './medication-change.repository.js';

@Injectable()
export class MedicationChangeLoaders {
  constructor(private readonly changes: MedicationChangeRepository) {}

  byPlan(loaders: RequestLoaders) {
    return loaders.many('medicationChange.byPlan', (ids) => this.changes.byPlanIds(ids), (row) => row.planId);
  }

  goalLinks(loaders: RequestLoaders) {
    return loaders.many('medicationChangeGoal.byChange', (ids) => this.changes.goalLinksByChangeIds(ids), (row) => row.medicationChangeId);
  }
}
