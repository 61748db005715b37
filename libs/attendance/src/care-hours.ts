import { DateTime } from 'luxon';
import { REQUIRED_WEEKLY_HOURS } from '@oneplan/plan';
import type { GroupAttendanceRow, GroupSessionRow, IndividualSessionRow, LevelOfCare } from '@oneplan/prisma';

const ATTENDED = new Set(['PRESENT', 'LATE', 'LEFT_EARLY']);

export interface CareWeek {
  weekStart: Date;
  groupHours: number;
  individualHours: number;
  totalHours: number;
  requiredMinimum: number;
  requiredMaximum: number | null;
  band: 'BELOW' | 'WITHIN' | 'ABOVE';
}

function hoursBetween(start: Date, end: Date): number {
  return Math.max(0, end.getTime() - start.getTime()) / 3_600_000;
}

function round(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/**
 * Hours of care delivered per week (Monday-Sunday in the program's time zone) over the last `weeks`
 * weeks up to `now`: groups attended (full length, or the minutes recorded when late or leaving early)
 * plus completed individual sessions.
 */
export function weeklyCareHours(input: {
  attendance: Array<Pick<GroupAttendanceRow, 'status' | 'minutesAttended'> & { groupSession: Pick<GroupSessionRow, 'startsAt' | 'endsAt'> }>;
  sessions: Array<Pick<IndividualSessionRow, 'status' | 'scheduledStart' | 'scheduledEnd' | 'actualStart' | 'actualEnd'>>;
  levelOfCare: LevelOfCare;
  timeZone: string;
  weeks: number;
  now?: Date;
}): CareWeek[] {
  const thisWeek = DateTime.fromJSDate(input.now ?? new Date())
    .setZone(input.timeZone)
    .startOf('week');
  const starts = Array.from({ length: input.weeks }, (_, index) => thisWeek.minus({ weeks: input.weeks - 1 - index }));
  // Week boundaries as instants, computed once: rows are placed by comparison, not by a zone conversion each.
  const bounds = [...starts.map((start) => start.toMillis()), thisWeek.plus({ weeks: 1 }).toMillis()];
  const hours = starts.map(() => ({ group: 0, individual: 0 }));
  const weekOf = (at: Date) => {
    const time = at.getTime();
    if (time < bounds[0] || time >= bounds[bounds.length - 1]) return undefined;
    let index = 0;
    while (time >= bounds[index + 1]) index++;
    return hours[index];
  };
  for (const row of input.attendance) {
    const week = ATTENDED.has(row.status) ? weekOf(row.groupSession.startsAt) : undefined;
    if (week) week.group += row.minutesAttended !== null && row.status !== 'PRESENT' ? row.minutesAttended / 60 : hoursBetween(row.groupSession.startsAt, row.groupSession.endsAt);
  }
  for (const session of input.sessions) {
    const start = session.actualStart ?? session.scheduledStart;
    const week = session.status === 'COMPLETED' ? weekOf(start) : undefined;
    if (week) week.individual += hoursBetween(start, session.actualEnd ?? session.scheduledEnd);
  }
  const required = REQUIRED_WEEKLY_HOURS[input.levelOfCare];
  return starts.map((start, index) => {
    const { group, individual } = hours[index];
    const total = round(group + individual);
    const band = total < required.min ? 'BELOW' : required.max !== null && total > required.max ? 'ABOVE' : 'WITHIN';
    return {
      weekStart: new Date(Date.UTC(start.year, start.month - 1, start.day)),
      groupHours: round(group),
      individualHours: round(individual),
      totalHours: total,
      requiredMinimum: required.min,
      requiredMaximum: required.max,
      band,
    };
  });
}
