import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { Outbox } from '@oneplan/outbox';
import { TransactionRunner } from '@oneplan/prisma';
import { JobName, QueueName, reminderJobOptions } from '@oneplan/queue';

/** Outbox rows moved per transaction, and how long the relay rests when there are none. */
const BATCH = 500;
const IDLE_MS = 200;

/**
 * Moves outbox events into the reminders queue: each batch is added under job ids equal to the row ids
 * and marked relayed in the same transaction, so a relay that dies half-way, or two relays, add nothing
 * twice (BullMQ ignores a job id it holds; the worker's dedupe keys cover the rest). While Redis is
 * unreachable the rows wait, and go out when it is back.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly queue: Queue;
  private running = true;
  private loop?: Promise<void>;
  private failing = false;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly outbox: Outbox,
    private readonly transactions: TransactionRunner,
  ) {
    this.queue = new Queue(QueueName.Reminders, { connection: { url: config.REDIS_URL, maxRetriesPerRequest: null, enableOfflineQueue: false }, prefix: config.QUEUE_PREFIX });
    this.queue.on('error', () => undefined);
  }

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.loop;
    await this.queue.close().catch(() => undefined);
  }

  /** Relays one batch; returns how many events went out. */
  async relayBatch(): Promise<number> {
    return this.transactions.run(async (tx) => {
      const events = await this.outbox.unrelayed(tx, BATCH);
      if (events.length === 0) return 0;
      await this.queue.addBulk(events.map((event) => ({ name: JobName.ReminderEvent, data: { eventId: event.id }, opts: { ...reminderJobOptions, jobId: event.id } })));
      await this.outbox.markRelayed(tx, events.map((event) => event.id));
      return events.length;
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      let relayed = 0;
      try {
        relayed = await this.relayBatch();
        if (this.failing) this.logger.log('Outbox relay resumed');
        this.failing = false;
      } catch (error) {
        if (!this.failing) this.logger.warn({ err: { name: (error as Error).name } }, 'Outbox relay cannot reach the queue; events wait in PostgreSQL');
        this.failing = true;
      }
      if (relayed < BATCH && this.running) await new Promise((resolve) => setTimeout(resolve, this.failing ? IDLE_MS * 5 : IDLE_MS));
    }
  }
}
