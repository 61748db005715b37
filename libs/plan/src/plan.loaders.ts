import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@oneplan/graphql';
import { PlanContentRepository } from './plan-content.repository.js';
import { PlanRevisionRepository } from './plan-revision.repository.js';
import { PlanRepository } from './plan.repository.js';

/** Most recent revisions shown inside a plan; the full history is paginated by planHistory. */
export const RECENT_REVISIONS = 50;

@Injectable()
export class PlanLoaders {
  constructor(
    private readonly content: PlanContentRepository,
    private readonly plans: PlanRepository,
    private readonly revisions: PlanRevisionRepository,
  ) {}

  plan(loaders: RequestLoaders) {
    return loaders.one('plan.byId', (ids) => this.plans.plansByIds(ids), (row) => row.id);
  }

  openPlanOfPatient(loaders: RequestLoaders) {
    return loaders.one('plan.openByPatient', (ids) => this.plans.openPlansByPatientIds(ids), (row) => row.patientId);
  }

  phaseChanges(loaders: RequestLoaders) {
    return loaders.many('phaseChange.byPlan', (ids) => this.plans.phaseChangesByPlanIds(ids), (row) => row.planId);
  }

  levelOfCareChanges(loaders: RequestLoaders) {
    return loaders.many('levelOfCareChange.byPlan', (ids) => this.plans.levelOfCareChangesByPlanIds(ids), (row) => row.planId);
  }

  recentRevisions(loaders: RequestLoaders) {
    return loaders.many('revision.recentByPlan', (ids) => this.revisions.latestByPlanIds(ids, RECENT_REVISIONS), (row) => row.planId);
  }

  problems(loaders: RequestLoaders) {
    return loaders.many('problem.byPlan', (ids) => this.content.problemsByPlanIds(ids), (row) => row.planId);
  }

  triggerDates(loaders: RequestLoaders) {
    return loaders.many('triggerDate.byPlan', (ids) => this.content.triggerDatesByPlanIds(ids), (row) => row.planId);
  }

  part2Labels(loaders: RequestLoaders) {
    return loaders.one('part2.byPlan', (ids) => this.content.part2LabelsByPlanIds(ids), (row) => row.planId);
  }

  safetyPlan(loaders: RequestLoaders) {
    return loaders.one('safetyPlan.byPlan', (ids) => this.content.safetyPlansByPlanIds(ids), (row) => row.planId);
  }
}
