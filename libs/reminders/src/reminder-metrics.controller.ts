import { Controller, Get, Header, Inject } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { ReminderQueue } from '@oneplan/queue';
import { type SweepProgress, SweepRunsRepository } from './sweep-runs.repository.js';

/**
 * The worker's metrics in Prometheus' text format: the process (memory, event loop lag), the reminders
 * queue, and each sweep's interval, last duration and completion, and its run in progress. Read when
 * scraped (one query and one Redis round trip); ids and counts only, never clinical data.
 */
@Controller('metrics')
export class ReminderMetricsController {
  private readonly registry = new Registry();

  constructor(@Inject(APP_CONFIG) config: AppConfig, queue: ReminderQueue, runs: SweepRunsRepository) {
    collectDefaultMetrics({ register: this.registry, prefix: 'oneplan_worker_' });
    const registers = [this.registry];
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
      },
    });
  }

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
