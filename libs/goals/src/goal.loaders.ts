import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@oneplan/graphql';
import { GoalRepository } from './goal.repository.js';

@Injectable()
export class GoalLoaders {
  constructor(private readonly goals: GoalRepository) {}

  byId(loaders: RequestLoaders) {
    return loaders.one(
      'goal.byId',
      (ids) => this.goals.goalsByIds(ids),
      (row) => row.id,
    );
  }

  byPlan(loaders: RequestLoaders) {
    return loaders.many(
      'goal.byPlan',
      (ids) => this.goals.byPlanIds(ids),
      (row) => row.planId,
    );
  }

  problemLinks(loaders: RequestLoaders) {
    return loaders.many(
      'goalProblem.byGoal',
      (ids) => this.goals.problemLinksByGoalIds(ids),
      (row) => row.goalId,
    );
  }

  objectives(loaders: RequestLoaders) {
    return loaders.many(
      'objective.byGoal',
      (ids) => this.goals.objectivesByGoalIds(ids),
      (row) => row.goalId,
    );
  }

  interventions(loaders: RequestLoaders) {
    return loaders.many(
      'intervention.byGoal',
      (ids) => this.goals.interventionsByGoalIds(ids),
      (row) => row.goalId,
    );
  }
}
