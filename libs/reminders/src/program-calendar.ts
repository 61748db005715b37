import { DateTime } from 'luxon';

/** A plan's calendar: "today" and date arithmetic in its program's time zone (DST-safe, by calendar day). */
export class ProgramCalendar {
  readonly today: DateTime;

  constructor(timeZone: string, now: Date) {
    this.today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  }

  /** A date column (stored as UTC midnight) as a day of this calendar. */
  day(date: Date): DateTime {
    return DateTime.fromISO(date.toISOString().slice(0, 10), { zone: this.today.zone });
  }

  daysUntil(date: Date): number {
    return Math.round(this.day(date).diff(this.today, 'days').days);
  }

  /** The date column value for a day of this calendar. */
  column(day: DateTime): Date {
    return new Date(`${day.toISODate()}T00:00:00Z`);
  }
}
