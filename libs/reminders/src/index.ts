export { NotificationDelivery } from './delivery/notification-delivery.js';
export { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from './delivery/webhook-signature.js';
export { NotificationsModule } from './notifications.module.js';
export { OutboxRelay } from './outbox-relay.js';
export { mountQueueDashboard, QUEUE_DASHBOARD_PATH } from './queue-dashboard.js';
export { ReminderEventHandler } from './reminder-event.handler.js';
export { ReminderHealth } from './reminder-health.js';
export { ReminderSweeps } from './reminder-sweeps.js';
export { RemindersModule } from './reminders.module.js';
