export { NotificationsModule } from './notifications.module.js';
export { OutboxRelay } from './outbox-relay.js';
export { ReminderEventHandler } from './reminder-event.handler.js';
export { ReminderSweeps } from './reminder-sweeps.js';
export { RemindersModule } from './reminders.module.js';
