import { DateTime } from 'luxon';
import { type CareWeeks, careWeeks } from '@oneplan/attendance';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a date column (stored as UTC midnight) or an ISO date. */
const dayNumber = (date: Date | string) => Math.round((typeof date === 'string' ? Date.parse(`${date}T00:00:00Z`) : date.getTime()) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * A program's calendar at an instant: "today" in its time zone, and calendar-day arithmetic. Time zones
 * are consulted once per calendar (and once per instant asked about); the rest is integer arithmetic on
 * day numbers, so a sweep over a batch of plans costs little per plan. Calendars are shared per zone
 * and instant (see `at`).
 */
export class ProgramCalendar {
  private static readonly cache = new Map<string, ProgramCalendar>();
  readonly today: DateTime;
  readonly todayIso: string;
  private readonly todayNumber: number;
  private readonly formatter: Intl.DateTimeFormat;
  private lastWeek?: { startIso: string; weeks: CareWeeks };

  constructor(
    readonly timeZone: string,
    now: Date,
  ) {
    this.today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
    this.todayIso = this.today.toISODate()!;
    this.todayNumber = dayNumber(this.todayIso);
    this.formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }

  /** The calendar of a zone at an instant, made once (the cache is emptied once it holds many). */
  static at(timeZone: string, now: Date): ProgramCalendar {
    const key = `${timeZone}|${now.getTime()}`;
    let calendar = this.cache.get(key);
    if (!calendar) {
      if (this.cache.size >= 256) this.cache.clear();
      this.cache.set(key, (calendar = new ProgramCalendar(timeZone, now)));
    }
    return calendar;
  }

  /** A date column (stored as UTC midnight) as a day of this calendar. */
  day(date: Date): DateTime {
    return DateTime.fromISO(date.toISOString().slice(0, 10), { zone: this.timeZone });
  }

  /** Calendar days from today to a date column (negative: in the past). */
  daysUntil(date: Date | string): number {
    return dayNumber(date) - this.todayNumber;
  }

  /** An ISO date `days` after today (or after `from`). */
  plusDays(days: number, from: Date | string = this.todayIso): string {
    return isoOf(dayNumber(from) + days);
  }

  /** The local date (ISO) and time (HH:mm) of an instant in this calendar's zone. */
  local(instant: Date): { date: string; time: string } {
    const parts = Object.fromEntries(this.formatter.formatToParts(instant).map((part) => [part.type, part.value]));
    return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
  }

  /** The next day (from today on) that is a date's anniversary; 29 February falls on the 28th in other years. */
  nextAnniversary(date: Date): string {
    const [, month, day] = date.toISOString().slice(0, 10).split('-').map(Number);
    const inYear = (year: number) => isoOf(dayNumber(`${year}-${String(month).padStart(2, '0')}-01`) + Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate()) - 1);
    const thisYear = inYear(this.today.year);
    return thisYear >= this.todayIso ? thisYear : inYear(this.today.year + 1);
  }

  /** Last week (Monday to Sunday, local): its Monday, and the week placed in time for counting hours of care in it. */
  previousWeek(): { startIso: string; weeks: CareWeeks } {
    if (!this.lastWeek) {
      const monday = this.today.startOf('week').minus({ weeks: 1 });
      this.lastWeek = { startIso: monday.toISODate()!, weeks: careWeeks(this.timeZone, 1, monday.plus({ days: 1 }).toJSDate()) };
    }
    return this.lastWeek;
  }

  /** The date column value for a day (ISO) of this calendar. */
  column(day: string = this.todayIso): Date {
    return new Date(`${day}T00:00:00Z`);
  }
}
