import { Inject, Injectable, Logger, BeforeApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import { APP_CONFIG, type AppConfig, keyPrefix } from '@oneplan/config';
import { jobTelemetry } from '@oneplan/telemetry';
import { bullConnection } from './bull-connection.js';
import { JobName, type JobPayloads, QueueName } from './jobs.js';

/** Which attempt a handler is running, so that the last one can record a final failure. */
export interface JobAttempt {
  attempt: number;
  last: boolean;
}

export type JobHandlers = { [N in JobName]: (data: JobPayloads[N], attempt: JobAttempt) => Promise<void> };

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

/** How many jobs one worker process runs at once. */
const CONCURRENCY = 10;
/**
 * How long a job's lock lasts without renewal: the jobs of a worker that died (SIGKILL, power loss) go
 * back to waiting once it lapses, checked as often. Shorter than BullMQ's 30 s so reminders are late by
 * seconds, not minutes; renewals cost one Redis call per job every LOCK_MS / 2.
 */
const LOCK_MS = 10_000;

/**
 * Consumes the reminders queue. Every job name has exactly one handler (the handler map's type makes a
 * missing one a compile error); an unknown name fails the job rather than dropping it. Closing waits for
 * jobs in flight, so SIGTERM drains instead of abandoning work.
 */
@Injectable()
export class JobWorker implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobWorker.name);
  private worker?: Worker;
  private connection?: ReturnType<typeof bullConnection>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_HANDLERS) private readonly handlers: JobHandlers,
  ) {}

  onModuleInit(): void {
    this.connection = bullConnection(this.config, { maxRetriesPerRequest: null });
    this.worker = new Worker(QueueName.Reminders, (job) => this.process(job), {
      connection: this.connection.options,
      prefix: keyPrefix(this.config),
      concurrency: CONCURRENCY,
      lockDuration: LOCK_MS,
      stalledInterval: LOCK_MS,
      telemetry: jobTelemetry(),
    });
    this.worker.on('failed', (job, error) => this.logger.warn({ jobId: job?.id, jobName: job?.name, error: error.name }, 'Job failed'));
    this.worker.on('error', (error) => this.logger.error({ error: error.name }, 'Worker connection error'));
  }

  /** Before connections close (onApplicationShutdown): closing waits for the jobs in flight, which still need them. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.connection?.close();
  }

  private async process(job: Job): Promise<void> {
    const handler = this.handlers[job.name as JobName] as ((data: unknown, attempt: JobAttempt) => Promise<void>) | undefined;
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    const attempt = job.attemptsMade + 1;
    await handler(job.data, { attempt, last: attempt >= (job.opts.attempts ?? 1) });
  }
}
