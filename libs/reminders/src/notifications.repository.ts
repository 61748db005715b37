import { Injectable } from '@nestjs/common';
import type { PageWindow } from '@oneplan/graphql';
import { OutboxEventKind, outboxInsertFrom } from '@oneplan/outbox';
import { type Keyset, type NotificationKind, type NotificationRow, Prisma, PrismaService, type Tx } from '@oneplan/prisma';

/** Unread first, then newest first. */
export const NOTIFICATIONS_ORDER: Keyset<NotificationRow> = {
  columns: [
    { sql: '("readAt" IS NULL)::int', cast: 'integer' },
    { sql: '"createdAt"', cast: 'timestamp(3)' },
    { sql: '"id"', cast: 'uuid' },
  ],
  descending: true,
  valuesOf: (row) => [row.readAt ? '0' : '1', row.createdAt.toISOString(), row.id],
};

/** Which of a staff member's notifications to list. */
export interface NotificationFilter {
  patientId?: string;
  kind?: NotificationKind;
  /** true: unread only; false: read only. */
  unread?: boolean;
}

/** A notification as the worker stores it, under a key that makes storing it twice a no-op. */
export interface NewNotification {
  dedupeKey: string;
  recipientId: string;
  kind: NotificationKind;
  message: string;
  urgent: boolean;
  patientId: string | null;
  planId: string | null;
  subjectId: string | null;
  taskId: string | null;
}

/** The one writer of notifications: the worker stores them, recipients read and mark them, delivery stamps emails. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Inserts the notifications whose key is new and, in the same statement, an outbox event for each that
   * is delivered by email (`emailOn`) or to a webhook of its patient's program; returns those it created.
   */
  insertNew(db: Tx | PrismaService, rows: NewNotification[], emailOn: boolean): Promise<Array<{ id: string; recipientId: string; kind: NotificationKind }>> {
    // One array per column: the statement's text and its 11 parameters are the same at any number of rows.
    const column = <K extends keyof NewNotification>(key: K) => rows.map((row) => row[key]);
    const deliveries = outboxInsertFrom(Prisma.sql`
      SELECT gen_random_uuid(), ${OutboxEventKind.NotificationCreated}, c."id", now() AT TIME ZONE 'UTC' FROM created c
      WHERE ${emailOn} OR EXISTS (SELECT 1 FROM "Webhook" w JOIN "Patient" pa ON pa."programId" = w."programId" WHERE pa."id" = c."patientId" AND w."active")`);
    return db.$queryRaw`
      WITH created AS (
        INSERT INTO "Notification" ("id", "dedupeKey", "recipientId", "kind", "patientId", "planId", "subjectId", "message", "urgent", "taskId", "createdAt")
        SELECT gen_random_uuid(), n.*, now() AT TIME ZONE 'UTC'
        FROM unnest(${column('dedupeKey')}::text[], ${column('recipientId')}::uuid[], ${column('kind')}::"NotificationKind"[], ${column('patientId')}::uuid[],
          ${column('planId')}::uuid[], ${column('subjectId')}::uuid[], ${column('message')}::text[], ${column('urgent')}::boolean[], ${column('taskId')}::uuid[]) n
        ON CONFLICT ("dedupeKey") DO NOTHING
        RETURNING "id", "recipientId", "patientId", "kind"
      ), delivery AS (${deliveries})
      SELECT "id", "recipientId", "kind"::text AS "kind" FROM created`;
  }

  async markEmailed(id: string): Promise<void> {
    await this.prisma.notification.update({ where: { id }, data: { emailedAt: new Date() } });
  }

  private mine(recipientId: string, filter: NotificationFilter) {
    const conditions = [Prisma.sql`"recipientId" = ${recipientId}::uuid`];
    if (filter.patientId) conditions.push(Prisma.sql`"patientId" = ${filter.patientId}::uuid`);
    if (filter.kind) conditions.push(Prisma.sql`"kind" = ${filter.kind}::"NotificationKind"`);
    if (filter.unread !== undefined) conditions.push(filter.unread ? Prisma.sql`"readAt" IS NULL` : Prisma.sql`"readAt" IS NOT NULL`);
    return Prisma.sql`FROM "Notification" WHERE ${Prisma.join(conditions, ' AND ')}`;
  }

  page(recipientId: string, filter: NotificationFilter, window: PageWindow): Promise<NotificationRow[]> {
    return this.prisma.keysetPage(Prisma.sql`SELECT * ${this.mine(recipientId, filter)}`, NOTIFICATIONS_ORDER, window);
  }

  count(recipientId: string, filter: NotificationFilter): Promise<number> {
    return this.prisma.countOf(this.mine(recipientId, filter));
  }

  byId(id: string): Promise<NotificationRow | null> {
    return this.prisma.notification.findUnique({ where: { id } });
  }

  unreadCount(recipientId: string): Promise<number> {
    return this.prisma.notification.count({ where: { recipientId, readAt: null } });
  }

  /** Marks the recipient's own notifications read; ids of anyone else's are ignored. */
  async markRead(recipientId: string, ids: string[]): Promise<number> {
    const { count } = await this.prisma.notification.updateMany({ where: { id: { in: ids }, recipientId, readAt: null }, data: { readAt: new Date() } });
    return count;
  }

  notificationsByIds(ids: string[]): Promise<NotificationRow[]> {
    return this.prisma.rowsWhereIn<NotificationRow>('Notification', 'id', ids);
  }
}
