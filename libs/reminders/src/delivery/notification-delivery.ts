import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import type { NotificationRow } from '@oneplan/prisma';
import { type JobAttempt, ReminderQueue } from '@oneplan/queue';
import { NotificationsRepository } from '../notifications.repository.js';
import { DeliveryRepository } from './delivery.repository.js';
import { Mailer } from '@oneplan/mail';
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './webhook-signature.js';

const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * What leaves OnePlan about a notification: a reference to it and its kind, never clinical content or
 * Part 2 data. The recipient opens OnePlan to read it, where the access rules apply.
 */
export function notificationReference(notification: Pick<NotificationRow, 'id' | 'kind' | 'urgent' | 'createdAt'>, appUrl: string) {
  return { notificationId: notification.id, kind: notification.kind, urgent: notification.urgent, createdAt: notification.createdAt.toISOString(), url: `${appUrl}/notifications/${notification.id}` };
}

/** Delivers stored notifications by email (SMTP) and to program webhooks (signed, retried, dead-lettered). */
@Injectable()
export class NotificationDelivery {
  private readonly logger = new Logger(NotificationDelivery.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveries: DeliveryRepository,
    private readonly mail: Mailer,
    private readonly notifications: NotificationsRepository,
    private readonly queue: ReminderQueue,
  ) {}

  /** Emails the recipient once, and queues one delivery per active webhook of the program. */
  async deliver(notificationId: string): Promise<void> {
    const found = await this.deliveries.notification(notificationId);
    if (!found) return;
    const { notification, recipient, webhooks } = found;
    if (this.mail.enabled && recipient?.active && !notification.emailedAt) {
      const reference = notificationReference(notification, this.config.APP_URL);
      await this.mail.send({
        to: recipient.email,
        subject: `OnePlan: ${notification.urgent ? 'urgent ' : ''}notification`,
        text: `You have a new ${notification.urgent ? 'urgent ' : ''}notification in OnePlan (${notification.kind}).\nOpen it in OnePlan: ${reference.url}\n`,
      });
      await this.notifications.markEmailed(notification.id);
    }
    for (const webhook of webhooks) {
      const delivery = await this.deliveries.delivery(webhook.id, notification.id);
      if (delivery.status === 'PENDING') await this.queue.addWebhookDelivery(delivery.id, this.config.WEBHOOK_BACKOFF_MS);
    }
  }

  /** One attempt at a webhook delivery; failures throw so BullMQ retries with backoff, the last one dead-letters. */
  async postWebhook(deliveryId: string, { attempt, last }: JobAttempt): Promise<void> {
    const delivery = await this.deliveries.deliveryWithTarget(deliveryId);
    if (!delivery || delivery.status !== 'PENDING') return;
    const found = await this.deliveries.notification(delivery.notificationId);
    if (!found) return;
    const body = JSON.stringify(notificationReference(found.notification, this.config.APP_URL));
    const timestamp = String(Math.floor(Date.now() / 1000));
    let outcome: { statusCode?: number; error?: string };
    try {
      const response = await fetch(delivery.webhook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: signWebhook(delivery.webhook.secret, timestamp, body) },
        body,
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
      outcome = { statusCode: response.status };
    } catch (error) {
      outcome = { error: (error as Error).name };
    }
    const ok = outcome.statusCode !== undefined && outcome.statusCode >= 200 && outcome.statusCode < 300;
    await this.deliveries.recordAttempt(deliveryId, attempt, outcome, ok ? 'DELIVERED' : last ? 'DEAD' : 'PENDING');
    if (!ok) {
      if (last) this.logger.warn({ deliveryId, attempts: attempt }, 'Webhook delivery dead-lettered after its last attempt');
      throw new Error(`Webhook answered ${outcome.statusCode ?? outcome.error}`);
    }
  }
}
