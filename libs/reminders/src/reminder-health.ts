import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { Outbox } from '@oneplan/outbox';
import { ReminderQueue, SweepKind } from '@oneplan/queue';
import { SweepRunsRepository } from './sweep-runs.repository.js';

/** A sweep is overdue once it has not completed for this many of its intervals. */
const OVERDUE_INTERVALS = 2;

/**
 * What the worker adds to readiness: the queue, sweeps that have fallen behind (overdue: more than two
 * intervals since they last completed, or since the worker started) and events that wait unhandled past
 * OUTBOX_HANDLE_TIMEOUT_SECONDS. It shows each sweep's interval, last duration and run in progress. Either makes the worker not ready, and the answer says which.
 */
@Injectable()
export class ReminderHealth {
  private readonly startedAt = Date.now();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly queue: ReminderQueue,
    private readonly runs: SweepRunsRepository,
  ) {}

  async report(): Promise<{ ok: boolean; details: Record<string, unknown> }> {
    const [queue, progress, eventsUnhandled] = await Promise.all([this.queue.stats(), this.runs.progress(), this.outbox.overdueCount(this.config.OUTBOX_HANDLE_TIMEOUT_SECONDS)]);
    const every = this.config.REMINDER_SWEEP_SECONDS * 1000;
    const completed = new Map(progress.map((run) => [run.sweep, run.completedAt?.getTime() ?? 0]));
    const sweepsOverdue = every > 0 ? Object.values(SweepKind).filter((sweep) => Date.now() - Math.max(completed.get(sweep) ?? 0, this.startedAt) > OVERDUE_INTERVALS * every) : [];
    const sweeps = progress.map(({ sweep, completedAt, lastDurationMs, running }) => ({
      sweep,
      lastCompletedAt: completedAt,
      lastDurationSeconds: lastDurationMs === null ? null : lastDurationMs / 1000,
      running,
    }));
    return { ok: sweepsOverdue.length === 0 && eventsUnhandled === 0, details: { queue, sweepIntervalSeconds: this.config.REMINDER_SWEEP_SECONDS, sweepsOverdue, sweeps, eventsUnhandled } };
  }
}
