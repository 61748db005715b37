import { DateTime } from 'luxon';
import { REQUIRED_WEEKLY_HOURS } from '@oneplan/plan';
import type { LevelOfCare } from '@oneplan/prisma';
import type { CareDelivered } from './attendance.repository.js';

/** Care as the hours count it (a plan's rows of care delivered; which plan does not matter here). */
type Care = Omit<CareDelivered, 'planId'>;

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

/** Weeks (Monday-Sunday in a time zone) up to the one holding an instant: their starts, and their bounds as instants. */
export interface CareWeeks {
  starts: DateTime[];
  /** Each week's first instant, then the instant after the last week. */
  bounds: number[];
}

/** Weeks worked out lately, by zone and count: they hold until the week `now` falls in ends. */
const recentWeeks = new Map<string, CareWeeks>();
const RECENT_WEEKS_KEPT = 1000;

/**
 * The last `weeks` weeks up to `now` in a zone: the time-zone work (slow in luxon, about 0.3 ms), done
 * once for any number of patients, and once a week for any number of reads.
 */
export function careWeeks(timeZone: string, weeks: number, now: Date = new Date()): CareWeeks {
  const key = `${timeZone} ${weeks}`;
  const time = now.getTime();
  const known = recentWeeks.get(key);
  if (known && time >= known.bounds[weeks - 1] && time < known.bounds[weeks]) return known;
  const thisWeek = DateTime.fromJSDate(now).setZone(timeZone).startOf('week');
  const starts = Array.from({ length: weeks }, (_, index) => thisWeek.minus({ weeks: weeks - 1 - index }));
  const worked = { starts, bounds: [...starts.map((start) => start.toMillis()), thisWeek.plus({ weeks: 1 }).toMillis()] };
  if (recentWeeks.size >= RECENT_WEEKS_KEPT) recentWeeks.clear();
  if (weeks > 0) recentWeeks.set(key, worked);
  return worked;
}

/**
 * Hours of care delivered per week (Monday-Sunday in the program's time zone) over the last `weeks`
 * weeks up to `now`: groups attended (full length, or the minutes recorded when late or leaving early)
 * plus completed individual sessions.
 */
export function weeklyCareHours(input: { delivered: Care[]; levelOfCare: LevelOfCare; timeZone: string; weeks: number; now?: Date }): CareWeek[] {
  return hoursInWeeks(careWeeks(input.timeZone, input.weeks, input.now), input.delivered, input.levelOfCare);
}

/** Hours of care in weeks already placed in time: rows are placed by comparison, not by a zone conversion each. */
export function hoursInWeeks({ starts, bounds }: CareWeeks, delivered: Care[], levelOfCare: LevelOfCare): CareWeek[] {
  const hours = starts.map(() => ({ group: 0, individual: 0 }));
  for (const care of delivered) {
    const time = care.startsAt.getTime();
    if (time < bounds[0] || time >= bounds[bounds.length - 1]) continue;
    let index = 0;
    while (time >= bounds[index + 1]) index++;
    if (care.kind === 'SESSION') {
      if (care.status === 'COMPLETED') hours[index].individual += hoursBetween(care.startsAt, care.endsAt);
    } else if (ATTENDED.has(care.status)) {
      hours[index].group += care.minutesAttended !== null && care.status !== 'PRESENT' ? care.minutesAttended / 60 : hoursBetween(care.startsAt, care.endsAt);
    }
  }
  const required = REQUIRED_WEEKLY_HOURS[levelOfCare];
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
