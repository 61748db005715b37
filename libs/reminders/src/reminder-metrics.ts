import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { MetricsRegistry } from '@oneplan/metrics';
import { ReminderQueue } from '@oneplan/queue';
import { type SweepProgress, SweepRunsRepository } from './sweep-runs.repository.js';

/**
 * The worker's reminder metrics: the reminders queue, and each sweep's interval, last duration and
 * completion, and its run in progress. Read when scraped (one query and one Redis round trip); counts
 * only, never clinical data.
 */
@Injectable()
export class ReminderMetrics {
  private readonly created: Counter<'kind'>;

  constructor(@Inject(APP_CONFIG) config: AppConfig, metrics: MetricsRegistry, queue: ReminderQueue, runs: SweepRunsRepository) {
    const registers = [metrics.registry];
    this.created = new Counter({ name: 'oneplan_reminders_created_total', help: 'Notifications this worker stored, by kind', labelNames: ['kind'], registers });
    new Gauge({ name: 'oneplan_sweep_interval_seconds', help: 'How often each sweep is scheduled', registers }).set(config.REMINDER_SWEEP_SECONDS);
    // The gauges of one scrape share one read of the runs (prom-client collects them all at once).
    let progress: { at: number; runs: Promise<SweepProgress[]> } | undefined;
    const runsNow = () => {
      if (!progress || Date.now() - progress.at > 1000) progress = { at: Date.now(), runs: runs.progress() };
      return progress.runs;
    };
    const perSweep = (name: string, help: string, labelNames: string[], values: (run: SweepProgress) => Array<[Record<string, string>, number]>) =>
      new Gauge({
        name,
        help,
        labelNames,
        registers,
        async collect() {
          this.reset();
          for (const run of await runsNow()) for (const [labels, value] of values(run)) this.set({ sweep: run.sweep, ...labels }, value);
        },
      });
    perSweep('oneplan_sweep_last_duration_seconds', "A sweep's last complete run, start to last batch", ['sweep'], (run) => (run.lastDurationMs === null ? [] : [[{}, run.lastDurationMs / 1000]]));
    perSweep('oneplan_sweep_last_completed_timestamp_seconds', 'When a sweep last completed', ['sweep'], (run) => (run.completedAt ? [[{}, run.completedAt.getTime() / 1000]] : []));
    perSweep('oneplan_sweep_running_batches', 'The run in progress: its batches, and those done', ['sweep', 'state'], (run) =>
      run.running
        ? [
            [{ state: 'total' }, run.running.batches],
            [{ state: 'done' }, run.running.done],
          ]
        : [],
    );
    new Gauge({
      name: 'oneplan_queue_jobs',
      help: 'Jobs of the reminders queue by state',
      labelNames: ['state'],
      registers,
      async collect() {
        const stats = await queue.stats();
        for (const state of ['waiting', 'delayed', 'active', 'failed'] as const) this.set({ state }, stats[state]);
        oldestWaiting.set(stats.oldestWaitingSeconds);
      },
    });
    const oldestWaiting = new Gauge({ name: 'oneplan_queue_oldest_waiting_seconds', help: 'Age of the oldest job waiting to start (read with the queue jobs)', registers });
  }

  /** Counts the notifications a store created, by kind. */
  stored(created: Array<{ kind: string }>): void {
    for (const { kind } of created) this.created.inc({ kind });
  }
}
