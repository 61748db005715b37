import { Module } from '@nestjs/common';
import { OutboxModule } from '@oneplan/outbox';
import { PlanChangesModule } from '@oneplan/plan';
import { DeliveryRepository } from './delivery/delivery.repository.js';
import { MailModule } from '@oneplan/mail';
import { NotificationDelivery } from './delivery/notification-delivery.js';
import { NotificationStore } from './notification-store.js';
import { NotificationsRepository } from './notifications.repository.js';
import { OutboxRelay } from './outbox-relay.js';
import { ReminderEventHandler } from './reminder-event.handler.js';
import { ReminderHealth } from './reminder-health.js';
import { ReminderMetrics } from './reminder-metrics.js';
import { ReminderSweeps } from './reminder-sweeps.js';
import { RemindersRepository } from './reminders.repository.js';
import { RoutineSweeps } from './routine-sweeps.js';
import { SweepRules } from './sweep-rules.js';
import { SweepRunsRepository } from './sweep-runs.repository.js';
import { SweepSchedule } from './sweep-schedule.js';
import { SweepsRepository } from './sweeps.repository.js';

/** The worker's side of reminders: the outbox relay, the event handler and the scheduled sweeps. */
@Module({
  imports: [MailModule, OutboxModule, PlanChangesModule],
  providers: [
    DeliveryRepository,
    NotificationDelivery,
    NotificationStore,
    NotificationsRepository,
    OutboxRelay,
    ReminderEventHandler,
    ReminderHealth,
    ReminderMetrics,
    ReminderSweeps,
    RemindersRepository,
    RoutineSweeps,
    SweepRules,
    SweepRunsRepository,
    SweepSchedule,
    SweepsRepository,
  ],
  exports: [NotificationDelivery, OutboxRelay, ReminderEventHandler, ReminderHealth, ReminderSweeps],
})
export class RemindersModule {}
