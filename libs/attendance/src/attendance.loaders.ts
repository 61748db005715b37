import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@oneplan/graphql';
import { AttendanceRepository } from './attendance.repository.js';

const WEEK_MS = 7 * 86_400_000;

@Injectable()
export class AttendanceLoaders {
  constructor(private readonly attendance: AttendanceRepository) {}

  byGroup(loaders: RequestLoaders) {
    return loaders.many(
      'attendance.byGroup',
      (ids) => this.attendance.attendanceByGroupIds(ids),
      (row) => row.groupSessionId,
    );
  }

  /**
   * The care each plan delivered over enough weeks back for `weeks` weeks of hours (one week more than
   * asked, so the first week starts after the bound in any time zone).
   */
  careDelivered(loaders: RequestLoaders, weeks: number) {
    const since = new Date(Date.now() - (weeks + 1) * WEEK_MS);
    return loaders.many(
      `careDelivered.weeks${weeks}`,
      (ids) => this.attendance.careDeliveredSince(ids, since),
      (row) => row.planId,
    );
  }
}
