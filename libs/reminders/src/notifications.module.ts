import { Module } from '@nestjs/common';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationsRepository } from './notifications.repository.js';
import { ReminderJobsResolver } from './reminder-jobs.resolver.js';

/** The API's side of reminders: a staff member's notifications, and failed reminder jobs for admins. */
@Module({ providers: [NotificationResolver, NotificationsRepository, ReminderJobsResolver] })
export class NotificationsModule {}
