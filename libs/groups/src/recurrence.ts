import { DateTime } from 'luxon';

const DAY_MS = 86_400_000;

/** A weekly group as its schedule states it: weekdays and a wall-clock time in the program's time zone. */
export interface Recurrence {
  /** ISO weekdays, 1 (Monday) to 7 (Sunday). */
  weekdays: number[];
  /** "HH:MM", program time. */
  startTime: string;
  durationMinutes: number;
  /** First and last dates (UTC midnight, like DATE columns); no last date: open-ended. */
  startsOn: Date;
  endsOn: Date | null;
  timeZone: string;
}

/** One occurrence changed by hand: cancelled (a holiday), or moved to another start. */
export interface OccurrenceException {
  occursOn: Date;
  change: 'CANCELLED' | 'MOVED';
  movedStartsAt: Date | null;
}

export interface Occurrence {
  /** The program-time date it belongs to (UTC midnight). */
  occursOn: Date;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The instant a wall-clock time on a date has in a time zone. Computed per date, so a group at 09:00
 * stays at 09:00 across daylight-saving changes; a time the spring change skips is moved past the gap.
 */
export function atProgramTime(date: Date, time: string, timeZone: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromObject({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour, minute }, { zone: timeZone }).toJSDate();
}

/** ISO weekday (1-7) of a date at UTC midnight. */
function isoWeekday(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

/**
 * The occurrences of a recurrence from one date to another (both included, at most a bounded horizon),
 * with its exceptions applied: a cancelled date has none, a moved one starts when it was moved to.
 */
export function occurrencesBetween(recurrence: Recurrence, exceptions: OccurrenceException[], from: Date, through: Date): Occurrence[] {
  const byDate = new Map(exceptions.map((exception) => [exception.occursOn.getTime(), exception]));
  const first = Math.max(from.getTime(), recurrence.startsOn.getTime());
  const last = Math.min(through.getTime(), recurrence.endsOn?.getTime() ?? Infinity);
  const weekdays = new Set(recurrence.weekdays);
  const durationMs = recurrence.durationMinutes * 60_000;
  const found: Occurrence[] = [];
  for (let time = first; time <= last; time += DAY_MS) {
    const occursOn = new Date(time);
    if (!weekdays.has(isoWeekday(occursOn))) continue;
    const exception = byDate.get(time);
    if (exception?.change === 'CANCELLED') continue;
    const startsAt = exception?.change === 'MOVED' && exception.movedStartsAt ? exception.movedStartsAt : atProgramTime(occursOn, recurrence.startTime, recurrence.timeZone);
    found.push({ occursOn, startsAt, endsAt: new Date(startsAt.getTime() + durationMs) });
  }
  return found;
}
