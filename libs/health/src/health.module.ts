import { type DynamicModule, Module } from '@nestjs/common';
import { ReminderQueue } from '@oneplan/queue';
import { HealthController, QUEUE_HEALTH } from './health.controller.js';
import { HealthRepository } from './health.repository.js';

@Module({ controllers: [HealthController], providers: [HealthRepository] })
export class HealthModule {
  /** The worker's health: readiness also reports the reminders queue. */
  static withQueueStats(): DynamicModule {
    return { module: HealthModule, providers: [{ provide: QUEUE_HEALTH, useExisting: ReminderQueue }] };
  }
}
