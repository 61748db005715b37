import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { created, PlanUnitOfWork, TaskRepository } from '@oneplan/plan';
import { onCommit, PrismaService, type Tx } from '@oneplan/prisma';
import { LiveTopic, LiveUpdates } from '@oneplan/queue';
import { type NewNotification, NotificationsRepository } from './notifications.repository.js';
import { ReminderMetrics } from './reminder-metrics.js';

/** One notification to store, under a key that makes storing it twice a no-op, and its task if it asks for one. */
export type NotificationToStore = Omit<NewNotification, 'taskId'> & {
  /** An owned task for the recipient, stored once under `key` (default: the notification's key). */
  task?: { title: string; dueDate: Date; createdById: string; key?: string };
};

/** Where both event reminders and sweeps put what they decide: every item at most once, whatever retries. */
@Injectable()
export class NotificationStore {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly live: LiveUpdates,
    private readonly metrics: ReminderMetrics,
    private readonly notifications: NotificationsRepository,
    private readonly prisma: PrismaService,
    private readonly tasks: TaskRepository,
    private readonly work: PlanUnitOfWork,
  ) {}

  /**
   * Returns how many notifications were new; without tasks this is one atomic statement. Tasks are opened through the plans' unit of work with `rule` as their author, so the plan's history
   * shows them.
   */
  async store(items: NotificationToStore[], rule: string): Promise<number> {
    if (items.length === 0) return 0;
    const withTasks = items.filter((item) => item.task && item.planId);
    if (withTasks.length === 0)
      return this.insert(
        this.prisma,
        items.map(({ task: _task, ...item }) => ({ ...item, taskId: null })),
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
   * Inserts the notifications not stored yet, each with the outbox event that has it delivered by email or
   * webhook (one statement). Recipients watching notificationAdded are told once this commits.
   */
  private async insert(db: Tx | PrismaService, rows: NewNotification[]): Promise<number> {
    const created = await this.notifications.insertNew(db, rows, Boolean(this.config.SMTP_URL));
    // Counted and told once committed (a rolled-back store created nothing).
    const tell = () => {
      this.metrics.stored(created);
      return Promise.all(created.map(({ id, recipientId }) => this.live.publish(LiveTopic.NotificationAdded, { notificationId: id, recipientId }))).then(() => undefined);
    };
    if (db === this.prisma) await tell();
    else onCommit(db as Tx, tell);
    return created.length;
  }
}
