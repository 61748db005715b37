import { Module } from '@nestjs/common';
import { OutboxModule } from '@oneplan/outbox';
import { OutboxRelay } from './outbox-relay.js';
import { ReminderEventHandler } from './reminder-event.handler.js';
import { RemindersRepository } from './reminders.repository.js';

/** The worker's side of reminders: the outbox relay and the event handler. */
@Module({
  imports: [OutboxModule],
  providers: [OutboxRelay, ReminderEventHandler, RemindersRepository],
  exports: [OutboxRelay, ReminderEventHandler],
})
export class RemindersModule {}
