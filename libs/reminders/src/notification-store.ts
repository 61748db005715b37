import { Injectable } from '@nestjs/common';
import { OutboxEventKind } from '@oneplan/outbox';
import { type NotificationKind, onCommit, TransactionRunner } from '@oneplan/prisma';
import { LiveTopic, LiveUpdates } from '@oneplan/queue';

/** One notification to store, under a key that makes storing it twice a no-op. */
export interface NotificationToStore {
  dedupeKey: string;
  recipientId: string;
  kind: NotificationKind;
  message: string;
  urgent: boolean;
  patientId: string | null;
  planId: string | null;
  subjectId: string | null;
  /** An owned task for the recipient, stored once under `key` (default: the notification's key). */
  task?: { title: string; dueDate: Date; createdById: string; key?: string };
}

/** Where both event reminders and sweeps put what they decide: every item at most once, whatever retries. */
@Injectable()
export class NotificationStore {
  constructor(
    private readonly live: LiveUpdates,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Returns how many notifications were new. */
  async store(items: NotificationToStore[]): Promise<number> {
    if (items.length === 0) return 0;
    return this.transactions.run(async (tx) => {
      const rows = [];
      for (const { task, ...item } of items) {
        const reminderKey = task?.key ?? item.dedupeKey;
        const created =
          task && item.planId
          ? await tx.task.upsert({
              where: { reminderKey },
              create: { planId: item.planId, title: task.title, ownerId: item.recipientId, dueDate: task.dueDate, createdById: task.createdById, reminderKey },
              update: {},
              select: { id: true },
            })
          : null;
        rows.push({ ...item, taskId: created?.id ?? null });
      }
      const created = await tx.notification.createManyAndReturn({ data: rows, skipDuplicates: true, select: { id: true, recipientId: true } });
      // Delivery by email and webhook goes through the outbox too: stored, so never lost.
      await tx.outboxEvent.createMany({ data: created.map(({ id }) => ({ kind: OutboxEventKind.NotificationCreated, subjectId: id })) });
      // The in-app push is best effort: a client that missed it finds the notification in myNotifications.
      onCommit(tx, async () => {
        await Promise.all(created.map(({ id, recipientId }) => this.live.publish(LiveTopic.NotificationAdded, { notificationId: id, recipientId })));
      });
      return created.length;
    });
  }
}
