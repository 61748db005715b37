import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@oneplan/graphql';
import { TaskRepository } from '@oneplan/plan';

@Injectable()
export class TaskLoaders {
  constructor(private readonly tasks: TaskRepository) {}

  byPlan(loaders: RequestLoaders) {
    return loaders.many(
      'task.byPlan',
      (ids) => this.tasks.byPlanIds(ids),
      (row) => row.planId,
    );
  }
}
