import { Module } from '@nestjs/common';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationsRepository } from './notifications.repository.js';

/** The API's side of reminders: a staff member's notifications. */
@Module({ providers: [NotificationResolver, NotificationsRepository] })
export class NotificationsModule {}
