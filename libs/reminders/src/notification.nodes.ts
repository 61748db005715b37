import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { NotificationsRepository } from './notifications.repository.js';
import { WebhooksRepository } from './webhooks.repository.js';

/** Notifications and webhooks with their deliveries and attempts by id (node). */
@Injectable()
export class NotificationNodes implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly notifications: NotificationsRepository,
    private readonly webhooks: WebhooksRepository,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('Notification', (ids) => this.notifications.notificationsByIds(ids));
    this.nodes.registerByIds('Webhook', (ids) => this.webhooks.webhooksByIds(ids));
    this.nodes.registerByIds('WebhookDelivery', (ids) => this.webhooks.deliveriesByIds(ids));
    this.nodes.registerByIds('WebhookAttempt', (ids) => this.webhooks.attemptsByIds(ids));
  }
}
