import { Injectable, Logger } from '@nestjs/common';
import { addDays } from '@oneplan/care-team';
import { OutboxEventKind, reminderTaskKey } from '@oneplan/outbox';
import type { JobPayloads, JobName } from '@oneplan/queue';
import { NotificationDelivery } from './delivery/notification-delivery.js';
import { NotificationStore } from './notification-store.js';
import { plannedNotifications } from './reminder-rules.js';
import { RemindersRepository } from './reminders.repository.js';

/** Turns one outbox event into notifications. Idempotent: a second run of the same event adds nothing. */
@Injectable()
export class ReminderEventHandler {
  private readonly logger = new Logger(ReminderEventHandler.name);

  constructor(
    private readonly delivery: NotificationDelivery,
    private readonly reminders: RemindersRepository,
    private readonly store: NotificationStore,
  ) {}

  async handle({ eventId }: JobPayloads[JobName.ReminderEvent]): Promise<void> {
    const event = await this.reminders.event(eventId);
    if (event?.kind === OutboxEventKind.NotificationCreated) return this.delivery.deliver(event.subjectId);
    const context = event && (await this.reminders.context(event));
    if (!context) {
      this.logger.warn({ eventId }, 'Reminder event has no current subject; nothing to send');
      return;
    }
    await this.store.store(
      plannedNotifications(context).map(({ task, ...notification }) => ({
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
      })),
    );
  }
}
