import { DateTime } from 'luxon';

/** Today's calendar date in a program's time zone, as a date at UTC midnight (like DATE columns). */
export function todayIn(timeZone: string, now: Date = new Date()): Date {
  const local = DateTime.fromJSDate(now).setZone(timeZone);
  return new Date(Date.UTC(local.year, local.month - 1, local.day));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
