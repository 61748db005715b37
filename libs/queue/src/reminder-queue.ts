import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig, keyPrefix } from '@oneplan/config';
import { OutboxEventKind } from '@oneplan/outbox';
import { jobTelemetry } from '@oneplan/telemetry';
import { bullConnection } from './bull-connection.js';
import { JobName, type PeriodicJob, QueueName, reminderJobOptions, SweepKind, WEBHOOK_ATTEMPTS } from './jobs.js';

const SWEEP_SCHEDULER_PREFIX = 'reminder-sweep';
/** Below the jobs queued without a priority (see addSweepBatches). */
const SWEEP_BATCH_PRIORITY = 1;
/** The job scheduler of one kind of sweep. */
export const sweepScheduler = (sweep: SweepKind) => `${SWEEP_SCHEDULER_PREFIX}:${sweep}`;

/** The job an outbox event becomes: a delivery of what was stored, or (every other kind) a reminder event to turn into notifications. */
const JOB_OF_EVENT: Partial<Record<string, JobName>> = {
  [OutboxEventKind.NotificationCreated]: JobName.NotificationDelivery,
  [OutboxEventKind.SupportUpdateWritten]: JobName.SupportUpdateDelivery,
  [OutboxEventKind.SelfReportLinkRequested]: JobName.SelfReportLinkDelivery,
};

export interface QueueStats {
  waiting: number;
  delayed: number;
  active: number;
  failed: number;
  /** Age of the oldest job waiting to start without a priority (not a sweep batch), 0 when none waits. */
  oldestWaitingSeconds: number;
}

export interface FailedJob {
  /** Place in the failed set, newest first (the page cursor). */
  position: number;
  jobId: string;
  name: string;
  eventId: string | null;
  attemptsMade: number;
  failedAt: Date | null;
}

/**
 * The reminders queue as producers and operators see it. Commands are not queued while Redis is away
 * (enableOfflineQueue: false): a caller learns at once and keeps its work (the outbox) for later.
 */
@Injectable()
export class ReminderQueue implements OnApplicationShutdown {
  readonly queue: Queue;
  private readonly connection: ReturnType<typeof bullConnection>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.connection = bullConnection(config, { maxRetriesPerRequest: null, enableOfflineQueue: false });
    this.queue = new Queue(QueueName.Reminders, { connection: this.connection.options, prefix: keyPrefix(config), telemetry: jobTelemetry() });
    this.queue.on('error', () => undefined);
  }

  /**
   * Adds one job per outbox event, under the event's id (adding an id the queue holds adds nothing): a
   * stored notification or email's event is delivered, any other turned into notifications. An event written
   * under a trace carries it to the job, so the worker's span joins the request that made the change.
   */
  async addEvents(events: Array<{ id: string; kind: string; traceParent?: string | null }>): Promise<void> {
    await this.queue.addBulk(
      events.map(({ id, kind, traceParent }) => ({
        name: JOB_OF_EVENT[kind] ?? JobName.ReminderEvent,
        data: { eventId: id },
        opts: { ...reminderJobOptions, jobId: id, ...(traceParent ? { telemetry: { metadata: JSON.stringify({ traceparent: traceParent }) } } : {}) },
      })),
    );
  }

  /**
   * Queues the batches of a sweep run (under their ids: a batch queued already is not queued twice). They
   * wait in BullMQ's prioritized set, first in first out among themselves: a job queued without a
   * priority, such as an event's reminder, goes before them, so a medication change is not told a sweep's
   * 1,600 batches later at 100,000 plans.
   */
  async addSweepBatches(batchIds: string[]): Promise<void> {
    await this.queue.addBulk(
      batchIds.map((batchId) => ({
        name: JobName.ReminderSweepBatch,
        data: { batchId },
        opts: { ...reminderJobOptions, jobId: `sweep-batch-${batchId}`, removeOnComplete: { age: 3600, count: 5000 }, priority: SWEEP_BATCH_PRIORITY },
      })),
    );
  }

  /** Queues the delivery of a notification to one webhook (its id makes queueing it twice a no-op). */
  async addWebhookDelivery(deliveryId: string, backoffMs: number): Promise<void> {
    await this.queue.add(
      JobName.WebhookDelivery,
      { deliveryId },
      { jobId: `webhook-${deliveryId}`, attempts: WEBHOOK_ATTEMPTS, backoff: { type: 'exponential', delay: backoffMs }, removeOnComplete: { age: 24 * 3600 }, removeOnFail: false },
    );
  }

  /**
   * Makes sure each sweep's job scheduler exists (one per kind, however many workers do this); returns the
   * kinds it had to create. Schedulers live in Redis: after Redis lost its data this puts them back.
   */
  async ensureSweepSchedulers(seconds: number): Promise<SweepKind[]> {
    const existing = new Set((await this.queue.getJobSchedulers(0, -1)).map((scheduler) => scheduler.key));
    const wanted = new Set(Object.values(SweepKind).map(sweepScheduler));
    // The single sweep scheduler of earlier versions (all sweeps in one job) is retired.
    for (const key of existing) if (key.startsWith(SWEEP_SCHEDULER_PREFIX) && !wanted.has(key)) await this.queue.removeJobScheduler(key);
    const missing = Object.values(SweepKind).filter((sweep) => !existing.has(sweepScheduler(sweep)));
    for (const sweep of missing) {
      await this.queue.upsertJobScheduler(
        sweepScheduler(sweep),
        { every: seconds * 1000 },
        { name: JobName.ReminderSweep, data: { sweep }, opts: { attempts: 3, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: { count: 100 }, removeOnFail: { count: 1000 } } },
      );
    }
    return missing;
  }

  /**
   * Makes sure the job scheduler of a periodic job with no payload exists (generating recurring groups'
   * sessions, sending self-report links that fell due); returns whether it had to create it.
   */
  async ensurePeriodicScheduler(name: PeriodicJob, seconds: number): Promise<boolean> {
    if ((await this.queue.getJobSchedulers(0, -1)).some((scheduler) => scheduler.key === name)) return false;
    await this.queue.upsertJobScheduler(
      name,
      { every: seconds * 1000 },
      { name, data: {}, opts: { attempts: 3, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: { count: 100 }, removeOnFail: { count: 1000 } } },
    );
    return true;
  }

  async stats(): Promise<QueueStats> {
    const counts = await this.queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'failed');
    const [oldest] = await this.queue.getWaiting(-1, -1);
    return {
      // Sweep batches wait in BullMQ's prioritized set (see addSweepBatches).
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      delayed: counts.delayed ?? 0,
      active: counts.active ?? 0,
      failed: counts.failed ?? 0,
      oldestWaitingSeconds: oldest ? Math.max(0, Math.round((Date.now() - oldest.timestamp) / 1000)) : 0,
    };
  }

  /**
   * Jobs that used up their attempts, newest first, by their place in the failed set: `size` from `from`
   * onward, or backward from `from` down. Ids only, never their data beyond the event id.
   */
  async failed(from: number, size: number, backward: boolean): Promise<FailedJob[]> {
    const [start, end] = backward ? [Math.max(0, from - size + 1), from] : [from, from + size - 1];
    if (end < start || end < 0) return [];
    const jobs = (await this.queue.getFailed(start, end)).map((job, index) => ({ job, position: start + index }));
    if (backward) jobs.reverse();
    return jobs.map(({ job, position }) => ({
      position,
      jobId: String(job.id),
      name: job.name,
      eventId: typeof job.data?.eventId === 'string' ? job.data.eventId : null,
      attemptsMade: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
    }));
  }

  failedCount(): Promise<number> {
    return this.queue.getFailedCount();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
    await this.connection.close();
  }
}
