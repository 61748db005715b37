import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@oneplan/graphql';
import { MedicationChangeRepository } from './medication-change.repository.js';

@Injectable()
export class MedicationChangeLoaders {
  constructor(private readonly changes: MedicationChangeRepository) {}

  /** The latest change of each medication of each plan (see MedicationChangeRepository.latestByPlanIds). */
  latestByPlan(loaders: RequestLoaders) {
    return loaders.many(
      'medicationChange.latestByPlan',
      (ids) => this.changes.latestByPlanIds(ids),
      (row) => row.planId,
    );
  }

  goalLinks(loaders: RequestLoaders) {
    return loaders.many(
      'medicationChangeGoal.byChange',
      (ids) => this.changes.goalLinksByChangeIds(ids),
      (row) => row.medicationChangeId,
    );
  }
}
