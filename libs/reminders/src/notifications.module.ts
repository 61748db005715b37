import { Module } from '@nestjs/common';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationsRepository } from './notifications.repository.js';
import { ReminderJobsResolver } from './reminder-jobs.resolver.js';
import { WebhookDeliveryResolver, WebhookResolver } from './webhook.resolver.js';
import { WebhooksRepository } from './webhooks.repository.js';
import { NotificationNodes } from './notification.nodes.js';

/** The API's side of reminders: a staff member's notifications; webhooks and failed reminder jobs for admins. */
@Module({
  providers: [NotificationNodes, NotificationResolver, NotificationsRepository, ReminderJobsResolver, WebhookDeliveryResolver, WebhookResolver, WebhooksRepository],
  exports: [NotificationsRepository],
})
export class NotificationsModule {}
