import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import type { Tx } from '@oneplan/prisma';
import { type JobName, type JobPayloads, ReminderQueue, SweepKind } from '@oneplan/queue';
import { NotificationStore } from './notification-store.js';
import { SweepRules } from './sweep-rules.js';
import { SweepRunsRepository, type SweepSubjects } from './sweep-runs.repository.js';

/** Notifications stored in one statement (and one transaction): bounds a statement's parameters. */
const STORE_CHUNK = 1000;

/** The sweeps over open plans: a job of one sweeps its range for all of them. */
const PLAN_SWEEPS = Object.values(SweepKind).filter((sweep) => sweep !== SweepKind.DailyAgendas);

/**
 * Runs the time-based sweeps at any number of patients: a run of a sweep is cut into batches of
 * SWEEP_BATCH_SIZE plans (keyset ranges of their ids, recorded in the database with the instant they sweep
 * at), each a job any worker may take, each read and stored in bounded statements. A restarted worker,
 * or one after Redis lost its data, carries on with the batches not done; a batch done twice stores
 * nothing twice. The run is complete when its last batch is.
 */
@Injectable()
export class ReminderSweeps {
  private readonly logger = new Logger(ReminderSweeps.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: ReminderQueue,
    private readonly rules: SweepRules,
    private readonly runs: SweepRunsRepository,
    private readonly store: NotificationStore,
  ) {}

  /** Every kind of sweep at an instant, in this process: new runs, then their batches one after the other. */
  run(now: Date = new Date()): Promise<number> {
    return this.runSweeps(Object.values(SweepKind), now);
  }

  /** One kind of sweep at an instant, in this process. */
  runSweep(sweep: SweepKind, now: Date = new Date()): Promise<number> {
    return this.runSweeps([sweep], now);
  }

  private async runSweeps(sweeps: SweepKind[], now: Date): Promise<number> {
    const batchIds = [];
    for (const sweep of sweeps) batchIds.push(...(await this.runs.startOrResume(sweep, now, this.ranges(sweep), null)).batchIds);
    let stored = 0;
    for (const batchId of batchIds) stored += await this.runBatch(batchId);
    return stored;
  }

  /**
   * A sweep's scheduled job: starts a run and queues its batches, or, while a run is in progress, queues
   * again those of its batches not done (a no-op for those still queued). A job of an earlier version (no
   * kind named) is let go.
   */
  async runJob({ sweep }: JobPayloads[JobName.ReminderSweep]): Promise<void> {
    if (!Object.values(SweepKind).includes(sweep)) return;
    const staleBefore = new Date(Date.now() - this.config.SWEEP_RUN_TIMEOUT_SECONDS * 1000);
    const { started, batchIds } = await this.runs.startOrResume(sweep, new Date(), this.ranges(sweep), staleBefore);
    await this.queue.addSweepBatches(batchIds);
    if (started) this.logger.log({ sweep, batches: batchIds.length }, 'Sweep started');
  }

  /**
   * One batch: what is due in its range at its run's instant, stored; then the batch is marked done. A
   * batch over plans takes with it the other plan sweeps' batches of its range, which read the same plans:
   * their own jobs then find them done.
   */
  async runBatch(batchId: string): Promise<number> {
    const batch = await this.runs.batch(batchId);
    // Done already (a job delivered twice, or with another sweep's batch), or its run was given up for a newer one.
    if (!batch || batch.doneAt) return 0;
    const batches = batch.sweep === SweepKind.DailyAgendas ? [batch] : await this.runs.withSameRange(batch, PLAN_SWEEPS);
    const due = await this.rules.dueInRange(batches);
    let stored = 0;
    for (const [index, done] of batches.entries()) {
      const items = due[index];
      let storedOf = 0;
      for (let start = 0; start < items.length; start += STORE_CHUNK) storedOf += await this.store.store(items.slice(start, start + STORE_CHUNK), `sweep:${done.sweep}`);
      await this.runs.finishBatch(done, storedOf);
      stored += storedOf;
    }
    return stored;
  }

  private ranges(sweep: SweepKind) {
    const subjects: SweepSubjects = sweep === SweepKind.DailyAgendas ? 'staff' : 'plans';
    return (tx: Tx) => this.runs.ranges(tx, subjects, this.config.SWEEP_BATCH_SIZE);
  }
}
