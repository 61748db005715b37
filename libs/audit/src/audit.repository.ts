import { Injectable } from '@nestjs/common';
import type { Cursor } from '@oneplan/graphql';
import { type AuditEventRow, Prisma, PrismaService } from '@oneplan/prisma';

export type NewAuditEvent = Omit<AuditEventRow, 'id' | 'occurredAt'>;

export interface AuditFilter {
  patientId?: string;
  staffId?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * One INSERT for a request's events (raw: it runs on every request, so it skips the query compiler).
   * Times are stored as UTC, as Prisma stores them, whatever the server's time zone.
   */
  async insertMany(events: NewAuditEvent[]): Promise<void> {
    const rows = events.map(
      (event) =>
        Prisma.sql`(gen_random_uuid(), now() AT TIME ZONE 'UTC', ${event.staffId}::uuid, ${event.patientId}::uuid, ${event.operation}, ${event.access}::"AuditAccess", ${event.recordTypes}::text[],
          ${event.outcome}::"AuditOutcome", ${event.reason}, ${event.breakGlass}, ${event.requestId}, ${event.clientAddress})`,
    );
    await this.prisma.$executeRaw`
      INSERT INTO "AuditEvent" ("id", "occurredAt", "staffId", "patientId", "operation", "access", "recordTypes", "outcome", "reason", "breakGlass", "requestId", "clientAddress")
      VALUES ${Prisma.join(rows)}`;
  }

  /** Events newest first (keyset on occurredAt, id). */
  page(filter: AuditFilter, take: number, after?: Cursor): Promise<AuditEventRow[]> {
    const before = after && new Date(after.value);
    return this.prisma.auditEvent.findMany({
      where: {
        ...(filter.patientId ? { patientId: filter.patientId } : {}),
        ...(filter.staffId ? { staffId: filter.staffId } : {}),
        occurredAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) },
        ...(before ? { OR: [{ occurredAt: { lt: before } }, { occurredAt: before, id: { lt: after.id } }] } : {}),
      },
      orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
      take,
    });
  }
}
