import { Injectable, Logger } from '@nestjs/common';
import { addDays, todayIn } from '@oneplan/care-team';
import { TransactionRunner, type Tx } from '@oneplan/prisma';
import { GroupsRepository, type ScheduleToGenerate } from './groups.repository.js';
import { occurrencesBetween } from './recurrence.js';

/** How far ahead a schedule's sessions exist (program-time days from today). */
export const GENERATION_HORIZON_DAYS = 28;
/** Schedules generated per transaction-free read; each schedule is then generated in its own transaction. */
const PAGE_SIZE = 100;

/**
 * Generates recurring groups' sessions ahead. Idempotent: a session is unique by schedule and date, so a
 * run repeated, or two workers at once, add each session once; a cancelled date is never generated.
 */
@Injectable()
export class GroupSessionGenerator {
  private readonly logger = new Logger(GroupSessionGenerator.name);

  constructor(
    private readonly schedules: GroupsRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Every running schedule, page by page; returns the sessions added. */
  async generateAll(now: Date = new Date()): Promise<number> {
    // No program's today is earlier than the day before UTC's.
    const earliestToday = addDays(todayIn('UTC', now), -1);
    let added = 0;
    let after: string | null = null;
    for (;;) {
      const page: ScheduleToGenerate[] = await this.transactions.run((tx) => this.schedules.schedulesToGenerate(tx, earliestToday, after, PAGE_SIZE));
      for (const schedule of page) {
        if (!this.behind(schedule, now)) continue;
        added += await this.transactions.run(async (tx) => {
          const locked = await this.schedules.lockSchedule(tx, schedule.id);
          return locked ? this.generate(tx, locked, now) : 0;
        });
      }
      if (page.length < PAGE_SIZE) break;
      after = page[page.length - 1].id;
    }
    if (added) this.logger.log({ added }, 'Group sessions generated');
    return added;
  }

  /** A locked schedule's sessions from its program's today through the horizon, in the caller's transaction. */
  async generate(tx: Tx, schedule: ScheduleToGenerate, now: Date): Promise<number> {
    const today = todayIn(schedule.timeZone, now);
    const through = addDays(today, GENERATION_HORIZON_DAYS);
    const exceptions = await this.schedules.exceptionsOf(tx, schedule.id);
    const occurrences = occurrencesBetween({ ...schedule, timeZone: schedule.timeZone }, exceptions, today, through);
    return this.schedules.insertOccurrences(tx, schedule, occurrences, through);
  }

  private behind(schedule: ScheduleToGenerate, now: Date): boolean {
    const through = addDays(todayIn(schedule.timeZone, now), GENERATION_HORIZON_DAYS);
    return !schedule.generatedThrough || schedule.generatedThrough < through;
  }
}
