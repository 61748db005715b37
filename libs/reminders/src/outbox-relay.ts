import { Inject, Injectable, Logger, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { Outbox } from '@oneplan/outbox';
import { TransactionRunner } from '@oneplan/prisma';
import { ReminderQueue } from '@oneplan/queue';

/** Outbox rows moved per transaction, and how long the relay rests when there are none. */
const BATCH = 500;
const IDLE_MS = 50;
/** How often events handed over but not handled are looked for. */
const RECONCILE_MS = 5_000;

/**
 * Moves outbox events into the reminders queue: each batch is added under job ids equal to the row ids
 * and marked relayed in the same transaction, so a relay that dies half-way, or two relays, add nothing
 * twice (BullMQ ignores a job id it holds; the handler's dedupe keys cover the rest). While Redis is
 * unreachable the rows wait, and go out when it is back. An event is done only once its job has
 * handled it: one handed over but not handled in time (Redis lost its data, say) is queued again.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = true;
  private loop?: Promise<void>;
  private failing = false;

  private lastReconciled = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly queue: ReminderQueue,
    private readonly transactions: TransactionRunner,
  ) {}

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  /** Before connections close: the batch in flight still needs them. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** Relays one batch; returns how many events went out. */
  async relayBatch(): Promise<number> {
    return this.transactions.run(async (tx) => {
      const events = await this.outbox.unrelayed(tx, BATCH);
      if (events.length === 0) return 0;
      await this.queue.addEvents(events);
      await this.outbox.markRelayed(
        tx,
        events.map((event) => event.id),
      );
      return events.length;
    });
  }

  /** Queues again the events handed over too long ago and not handled (a job the queue still holds is left as it is). */
  async reconcile(): Promise<number> {
    const lost = await this.outbox.unhandled(this.config.OUTBOX_HANDLE_TIMEOUT_SECONDS, BATCH);
    if (lost.length) {
      await this.queue.addEvents(lost);
      this.logger.warn({ events: lost.length }, 'Outbox events handed over but not handled were queued again');
    }
    return lost.length;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let relayed = 0;
      try {
        relayed = await this.relayBatch();
        if (Date.now() - this.lastReconciled >= RECONCILE_MS) {
          this.lastReconciled = Date.now();
          await this.reconcile();
        }
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
