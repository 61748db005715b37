import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { OutboxEventKind } from '@oneplan/outbox';
import { created, PlanUnitOfWork, TaskRepository } from '@oneplan/plan';
import { type NotificationKind, onCommit, Prisma, PrismaService, type Tx } from '@oneplan/prisma';
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly live: LiveUpdates,
    private readonly prisma: PrismaService,
    private readonly tasks: TaskRepository,
    private readonly work: PlanUnitOfWork,
  ) {}

  /**
   * Returns how many notifications were new. Without tasks this is one atomic statement; tasks are opened
   * through the plans' unit of work with `rule` as their author, so the plan's history shows them.
   */
  async store(items: NotificationToStore[], rule: string): Promise<number> {
    if (items.length === 0) return 0;
    const withTasks = items.filter((item) => item.task && item.planId);
    if (withTasks.length === 0) return this.insert(this.prisma, items.map((item) => ({ ...item, taskId: null })));
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
          toOpen.map((item) => ({ planId: item.planId!, title: item.task!.title, ownerId: item.recipientId, dueDate: item.task!.dueDate, createdById: item.task!.createdById, reminderKey: keyOf(item) })),
        );
        const taskOf = (item: NotificationToStore) => (item.task && item.planId && open.has(item.planId) ? (opened.get(keyOf(item))?.id ?? null) : null);
        const stored = await this.insert(tx, items.map(({ task: _task, ...item }) => ({ ...item, taskId: taskOf({ ...item, task: _task }) })));
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
  private async insert(db: Tx | PrismaService, rows: Array<Omit<NotificationToStore, 'task'> & { taskId: string | null }>): Promise<number> {
    const values = rows.map(
      (row) => Prisma.sql`(gen_random_uuid(), ${row.dedupeKey}, ${row.recipientId}::uuid, ${row.kind}::"NotificationKind", ${row.patientId}::uuid, ${row.planId}::uuid,
        ${row.subjectId}::uuid, ${row.message}, ${row.urgent}, ${row.taskId}::uuid, now() AT TIME ZONE 'UTC')`,
    );
    const created = await db.$queryRaw<Array<{ id: string; recipientId: string }>>`
      WITH created AS (
        INSERT INTO "Notification" ("id", "dedupeKey", "recipientId", "kind", "patientId", "planId", "subjectId", "message", "urgent", "taskId", "createdAt")
        VALUES ${Prisma.join(values)}
        ON CONFLICT ("dedupeKey") DO NOTHING
        RETURNING "id", "recipientId", "patientId"
      ), delivery AS (
        INSERT INTO "OutboxEvent" ("id", "kind", "subjectId", "createdAt")
        SELECT gen_random_uuid(), ${OutboxEventKind.NotificationCreated}, c."id", now() AT TIME ZONE 'UTC' FROM created c
        WHERE ${Boolean(this.config.SMTP_URL)} OR EXISTS (
          SELECT 1 FROM "Webhook" w JOIN "Patient" pa ON pa."programId" = w."programId" WHERE pa."id" = c."patientId" AND w."active")
      )
      SELECT "id", "recipientId" FROM created`;
    const tell = () => Promise.all(created.map(({ id, recipientId }) => this.live.publish(LiveTopic.NotificationAdded, { notificationId: id, recipientId }))).then(() => undefined);
    if (db === this.prisma) await tell();
    else onCommit(db as Tx, tell);
    return created.length;
  }
}
