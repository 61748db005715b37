import { Inject, Injectable, Logger, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { JobName, RedisConnection, ReminderQueue } from '@oneplan/queue';

/**
 * Keeps each sweep's job scheduler in Redis: created when the worker starts, checked whenever the
 * worker's Redis connection is ready again (a restart of Redis) and every SCHEDULER_CHECK_SECONDS (one
 * Redis read), so a Redis that lost its data gets them back without a restart of the worker. REMINDER_SWEEP_SECONDS=0 leaves them out: the tests that sweep
 * at chosen instants use that.
 */
@Injectable()
export class SweepSchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SweepSchedule.name);
  private timer?: NodeJS.Timeout;
  private checking?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: ReminderQueue,
    private readonly redis: RedisConnection,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.REMINDER_SWEEP_SECONDS <= 0) return;
    void this.check();
    this.timer = setInterval(() => void this.check(), this.config.SCHEDULER_CHECK_SECONDS * 1000);
    this.redis.client.on('ready', this.onReady);
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
    this.redis.client.off('ready', this.onReady);
  }

  private readonly onReady = () => void this.check();

  /** One check at a time; a failure (Redis away) waits for the next. */
  check(): Promise<void> {
    this.checking ??= Promise.all([
      this.queue.ensureSweepSchedulers(this.config.REMINDER_SWEEP_SECONDS),
      this.queue.ensurePeriodicScheduler(JobName.GroupSessionGeneration, this.config.GROUP_SESSION_GENERATION_SECONDS),
      this.queue.ensurePeriodicScheduler(JobName.SelfReportDue, this.config.REMINDER_SWEEP_SECONDS),
    ])
      .then(([created, ...periodic]) => {
        if (created.length || periodic.some(Boolean)) this.logger.log({ sweeps: created, periodic }, 'Job schedulers created');
      })
      .catch(() => this.logger.warn('Could not check the reminder sweep schedulers; trying again'))
      .finally(() => (this.checking = undefined));
    return this.checking;
  }
}
