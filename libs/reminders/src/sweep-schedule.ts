import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { ReminderQueue } from '@oneplan/queue';

const RETRY_MS = 30_000;

/**
 * Makes sure the sweep's job scheduler exists once the worker starts (retrying while Redis is away).
 * REMINDER_SWEEP_SECONDS=0 leaves it out: the tests that sweep at chosen instants use that.
 */
@Injectable()
export class SweepSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SweepSchedule.name);
  private retry?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: ReminderQueue,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.REMINDER_SWEEP_SECONDS > 0) void this.ensure();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.retry);
  }

  private async ensure(): Promise<void> {
    try {
      await this.queue.scheduleSweep(this.config.REMINDER_SWEEP_SECONDS);
    } catch {
      this.logger.warn({ retryInMs: RETRY_MS }, 'Could not schedule the reminder sweep yet');
      this.retry = setTimeout(() => void this.ensure(), RETRY_MS);
    }
  }
}
