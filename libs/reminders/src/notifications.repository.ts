import { Injectable } from '@nestjs/common';
import type { Cursor } from '@oneplan/graphql';
import { type NotificationRow, Prisma, PrismaService } from '@oneplan/prisma';

/** Where a notification sits in "unread first, then newest first": the page cursor's value. */
export function notificationPosition(row: Pick<NotificationRow, 'readAt' | 'createdAt'>): string {
  return `${row.readAt ? 1 : 0}|${row.createdAt.toISOString()}`;
}

/** A staff member's notifications, for the API. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Unread first, then newest first (keyset on read, createdAt, id). */
  page(recipientId: string, take: number, after?: Cursor): Promise<NotificationRow[]> {
    let rest = Prisma.empty;
    if (after) {
      const [read, at] = after.value.split('|');
      const readFlag = read === '1' ? 1 : 0;
      const createdAt = new Date(at);
      rest = Prisma.sql`AND (("readAt" IS NOT NULL)::int > ${readFlag}
        OR (("readAt" IS NOT NULL)::int = ${readFlag} AND ("createdAt" < ${createdAt} OR ("createdAt" = ${createdAt} AND "id" < ${after.id}::uuid))))`;
    }
    return this.prisma.$queryRaw<NotificationRow[]>`
      SELECT * FROM "Notification" WHERE "recipientId" = ${recipientId}::uuid ${rest}
      ORDER BY ("readAt" IS NOT NULL), "createdAt" DESC, "id" DESC LIMIT ${take}`;
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
}
