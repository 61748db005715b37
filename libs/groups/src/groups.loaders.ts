import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@oneplan/graphql';
import { GroupsRepository } from './groups.repository.js';

/** Batch loads of groups, schedules and rosters: one statement per kind per request. */
@Injectable()
export class GroupLoaders {
  constructor(private readonly groups: GroupsRepository) {}

  groupSession(loaders: RequestLoaders) {
    return loaders.one(
      'groupSession.byId',
      (ids) => this.groups.groupSessionsByIds(ids),
      (row) => row.id,
    );
  }

  schedule(loaders: RequestLoaders) {
    return loaders.one(
      'groupSchedule.byId',
      (ids) => this.groups.schedulesByIds(ids),
      (row) => row.id,
    );
  }

  exceptions(loaders: RequestLoaders) {
    return loaders.many(
      'groupScheduleException.bySchedule',
      (ids) => this.groups.exceptionsBySchedules(ids),
      (row) => row.scheduleId,
    );
  }

  enrollmentsOfSchedule(loaders: RequestLoaders) {
    return loaders.many(
      'groupEnrollment.bySchedule',
      (ids) => this.groups.enrollmentsOfSchedules(ids),
      (row) => row.scheduleId,
    );
  }

  enrollmentsOfPlan(loaders: RequestLoaders) {
    return loaders.many(
      'groupEnrollment.byPlan',
      (ids) => this.groups.enrollmentsOfPlans(ids),
      (row) => row.planId,
    );
  }
}
