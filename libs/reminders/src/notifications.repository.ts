import { Injectable } from '@nestjs/common';
import type { PageWindow } from '@oneplan/graphql';
import { type Keyset, type NotificationKind, type NotificationRow, Prisma, PrismaService } from '@oneplan/prisma';

/** Unread first, then newest first. */
export const NOTIFICATIONS_ORDER: Keyset<NotificationRow> = {
  columns: [{ sql: '("readAt" IS NULL)::int', cast: 'integer' }, { sql: '"createdAt"', cast: 'timestamp(3)' }, { sql: '"id"', cast: 'uuid' }],
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

/** A staff member's notifications, for the API. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly prisma: PrismaService) {}

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
