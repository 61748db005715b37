export { type ClosedReminderTask, Outbox, type OutboxEntry, OutboxEventKind, OutboxModule, type OutboxRow, ReminderTaskPurpose, ReminderTasks, reminderTaskKey } from './outbox.js';
