import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { Outbox, OutboxEventKind } from '@oneplan/outbox';
import { created, PlanUnitOfWork, TaskRepository } from '@oneplan/plan';
import { type NotificationKind, onCommit, TransactionRunner, type Tx } from '@oneplan/prisma';
import { LiveTopic, LiveUpdates } from '@oneplan/queue';
import { DeliveryRepository } from './delivery/delivery.repository.js';
import { type NewNotification, NotificationsRepository } from './notifications.repository.js';

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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly live: LiveUpdates,
    private readonly deliveries: DeliveryRepository,
    private readonly notifications: NotificationsRepository,
    private readonly outbox: Outbox,
    private readonly tasks: TaskRepository,
    private readonly transactions: TransactionRunner,
    private readonly work: PlanUnitOfWork,
  ) {}

  /**
   * Returns how many notifications were new, each stored with its delivery event in one transaction.
   * Tasks are opened through the plans' unit of work with `rule` as their author, so the plan's history
   * shows them.
   */
  async store(items: NotificationToStore[], rule: string): Promise<number> {
    if (items.length === 0) return 0;
    const withTasks = items.filter((item) => item.task && item.planId);
    if (withTasks.length === 0)
      return this.transactions.run((tx) =>
        this.insert(
          tx,
          items.map(({ task: _task, ...item }) => ({ ...item, taskId: null })),
        ),
      );
    const planIds = [...new Set(withTasks.map((item) => item.planId!))];
    return this.work.changeByRule(
      rule,
      planIds,
      async ({ tx, scopes }) => {
        // A plan closed since the reminder was decided gets its notification but no task.
        const open = new Set(scopes.filter((scope) => scope.status !== 'CLOSED').map((scope) => scope.planId));
        const keyOf = (item: NotificationToStore) => item.task!.key ?? item.dedupeKey;
        const toOpen = withTasks.filter((item) => open.has(item.planId!));
        const opened = await this.tasks.openReminderTasks(
          tx,
          toOpen.map((item) => ({
            planId: item.planId!,
            title: item.task!.title,
            ownerId: item.recipientId,
            dueDate: item.task!.dueDate,
            createdById: item.task!.createdById,
            reminderKey: keyOf(item),
          })),
        );
        const taskOf = (item: NotificationToStore) => (item.task && item.planId && open.has(item.planId) ? (opened.get(keyOf(item))?.id ?? null) : null);
        const stored = await this.insert(
          tx,
          items.map(({ task: _task, ...item }) => ({ ...item, taskId: taskOf({ ...item, task: _task }) })),
        );
        // One revision per task this call opened (several notifications may share one task).
        const firstOfTask = new Map(toOpen.filter((item) => opened.get(keyOf(item))?.created).map((item) => [keyOf(item), item]));
        const revisions = [...firstOfTask.values()].map((item) => ({
          ...created('Task', opened.get(keyOf(item))!.id, { title: item.task!.title, ownerId: item.recipientId, dueDate: item.task!.dueDate }),
          planId: item.planId!,
        }));
        return { value: stored, revisions };
      },
      { closedPlans: true },
    );
  }

  /**
   * Inserts the notifications not stored yet and, for each, an outbox event that has it delivered by
   * email or webhook when the deployment or the program has either (so delivery is never lost either).
   * Recipients watching notificationAdded are told once this commits.
   */
  private async insert(tx: Tx, rows: NewNotification[]): Promise<number> {
    const created = await this.notifications.insertNew(tx, rows);
    const withWebhooks = this.config.SMTP_URL ? undefined : await this.deliveries.patientsWithActiveWebhooks(tx, [...new Set(created.flatMap((row) => (row.patientId ? [row.patientId] : [])))]);
    const delivered = created.filter((row) => !withWebhooks || (row.patientId !== null && withWebhooks.has(row.patientId)));
    await this.outbox.addMany(
      tx,
      delivered.map((row) => ({ kind: OutboxEventKind.NotificationCreated, subjectId: row.id, actorId: null })),
    );
    onCommit(tx, () => Promise.all(created.map(({ id, recipientId }) => this.live.publish(LiveTopic.NotificationAdded, { notificationId: id, recipientId }))).then(() => undefined));
    return created.length;
  }
}
