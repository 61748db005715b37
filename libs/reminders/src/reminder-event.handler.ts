import { Injectable, Logger } from '@nestjs/common';
import { addDays } from '@oneplan/care-team';
import { Outbox } from '@oneplan/outbox';
import { reminderTaskKey } from '@oneplan/plan';
import type { JobPayloads, JobName } from '@oneplan/queue';
import { NotificationDelivery } from './delivery/notification-delivery.js';
import { NotificationStore, type NotificationToStore } from './notification-store.js';
import { plannedNotifications, type ReminderContext } from './rules/index.js';
import { RemindersRepository } from './reminders.repository.js';

/** Handles the outbox's events in the worker. Idempotent: a second run of the same event adds nothing. */
@Injectable()
export class ReminderEventHandler {
  private readonly logger = new Logger(ReminderEventHandler.name);

  constructor(
    private readonly delivery: NotificationDelivery,
    private readonly outbox: Outbox,
    private readonly reminders: RemindersRepository,
    private readonly store: NotificationStore,
  ) {}

  /** Turns an event into notifications; the event is then done, even when there was nothing to send. */
  async handle({ eventId }: JobPayloads[JobName.ReminderEvent]): Promise<void> {
    const event = await this.reminders.event(eventId);
    const context = event && (await this.reminders.context(event));
    if (context) await this.store.store(this.planned(context), `event:${event!.kind}`);
    else this.logger.warn({ eventId }, 'Reminder event has no current subject; nothing to send');
    await this.outbox.markHandled(eventId);
  }

  /** Sends a stored notification by email and to its program's webhooks. */
  async deliver({ eventId }: JobPayloads[JobName.NotificationDelivery]): Promise<void> {
    const event = await this.reminders.event(eventId);
    if (event) await this.delivery.deliver(event.subjectId);
    await this.outbox.markHandled(eventId);
  }

  private planned(context: ReminderContext<unknown>): NotificationToStore[] {
    return plannedNotifications(context).map(({ task, ...notification }) => ({
      ...notification,
      dedupeKey: `${context.eventId}:${notification.kind}:${notification.recipientId}`,
      patientId: context.patientId,
      planId: context.planId,
      subjectId: context.subjectId,
      task: task && {
        title: task.title,
        dueDate: addDays(context.today, task.dueInDays),
        createdById: context.actorId ?? notification.recipientId,
        key: reminderTaskKey(task.purpose, context.planId, context.eventId, notification.recipientId),
      },
    }));
  }
}
