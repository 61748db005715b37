import { Injectable } from '@nestjs/common';
import type { GraphQLContext, RequestLoaders } from '@oneplan/graphql';
import type { TreatmentPlanRow } from '@oneplan/prisma';
import { PlanContentRepository } from './plan-content.repository.js';
import { PlanRepository } from './plan.repository.js';

@Injectable()
export class PlanLoaders {
  constructor(
    private readonly content: PlanContentRepository,
    private readonly plans: PlanRepository,
  ) {}

  plan(loaders: RequestLoaders) {
    return loaders.one(
      'plan.byId',
      (ids) => this.plans.plansByIds(ids),
      (row) => row.id,
    );
  }

  /** The plan for a mutation's payload, read only if the client selects it (after the change committed). */
  after(ctx: GraphQLContext, planId: string): () => Promise<TreatmentPlanRow | null> {
    return () => this.plan(ctx.loaders).load(planId);
  }

  openPlanOfPatient(loaders: RequestLoaders) {
    return loaders.one(
      'plan.openByPatient',
      (ids) => this.plans.openPlansByPatientIds(ids),
      (row) => row.patientId,
    );
  }

  phaseChanges(loaders: RequestLoaders) {
    return loaders.many(
      'phaseChange.byPlan',
      (ids) => this.plans.phaseChangesByPlanIds(ids),
      (row) => row.planId,
    );
  }

  levelOfCareChanges(loaders: RequestLoaders) {
    return loaders.many(
      'levelOfCareChange.byPlan',
      (ids) => this.plans.levelOfCareChangesByPlanIds(ids),
      (row) => row.planId,
    );
  }

  problems(loaders: RequestLoaders) {
    return loaders.many(
      'problem.byPlan',
      (ids) => this.content.problemsByPlanIds(ids),
      (row) => row.planId,
    );
  }

  triggerDates(loaders: RequestLoaders) {
    return loaders.many(
      'triggerDate.byPlan',
      (ids) => this.content.triggerDatesByPlanIds(ids),
      (row) => row.planId,
    );
  }

  part2Labels(loaders: RequestLoaders) {
    return loaders.one(
      'part2.byPlan',
      (ids) => this.content.part2LabelsByPlanIds(ids),
      (row) => row.planId,
    );
  }

  safetyPlan(loaders: RequestLoaders) {
    return loaders.one(
      'safetyPlan.byPlan',
      (ids) => this.content.safetyPlansByPlanIds(ids),
      (row) => row.planId,
    );
  }
}
