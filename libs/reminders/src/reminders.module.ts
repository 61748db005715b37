import { Module } from '@nestjs/common';
import { OutboxModule } from '@oneplan/outbox';
import { NotificationStore } from './notification-store.js';
import { OutboxRelay } from './outbox-relay.js';
import { ReminderEventHandler } from './reminder-event.handler.js';
import { ReminderSweeps } from './reminder-sweeps.js';
import { RemindersRepository } from './reminders.repository.js';
import { RoutineSweeps } from './routine-sweeps.js';
import { SweepSchedule } from './sweep-schedule.js';
import { SweepsRepository } from './sweeps.repository.js';

/** The worker's side of reminders: the outbox relay, the event handler and the scheduled sweeps. */
@Module({
  imports: [OutboxModule],
  providers: [NotificationStore, OutboxRelay, ReminderEventHandler, ReminderSweeps, RemindersRepository, RoutineSweeps, SweepSchedule, SweepsRepository],
  exports: [OutboxRelay, ReminderEventHandler, ReminderSweeps],
})
export class RemindersModule {}
