import { Injectable } from '@nestjs/common';
import type { PageWindow } from '@oneplan/graphql';
import { type AuditEventRow, type Keyset, Prisma, PrismaService, type Tx } from '@oneplan/prisma';

/** Newest first. */
export const AUDIT_ORDER: Keyset<AuditEventRow> = {
  columns: [
    { sql: '"occurredAt"', cast: 'timestamp(3)' },
    { sql: '"id"', cast: 'uuid' },
  ],
  descending: true,
  valuesOf: (row) => [row.occurredAt.toISOString(), row.id],
};

/** An event as written; its place in the hash chain is set by the database. */
export type NewAuditEvent = Omit<AuditEventRow, 'id' | 'occurredAt' | 'seq' | 'previousHash' | 'hash'>;

export interface AuditFilter {
  patientId?: string;
  staffId?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Inserts events in the change's transaction, or (a read's events) on their own in plain SQL. */
  async insertMany(events: NewAuditEvent[], tx?: Tx): Promise<void> {
    const insert = this.insertOf(events);
    if (!insert) return;
    if (tx) await tx.$executeRaw(insert);
    else await this.prisma.execute(insert);
  }

  /**
   * One INSERT for a request's events (raw: it runs on every request, so it skips the query compiler), or
   * for a change's, run by its unit of work with its other records. Times are stored as UTC, as Prisma
   * stores them, whatever the server's time zone.
   */
  insertOf(events: NewAuditEvent[]): Prisma.Sql | undefined {
    if (events.length === 0) return undefined;
    const rows = events.map(
      (event) =>
        Prisma.sql`(gen_random_uuid(), now() AT TIME ZONE 'UTC', ${event.staffId}::uuid, ${event.patientId}::uuid, ${event.operation}, ${event.access}::"AuditAccess", ${event.recordTypes}::text[],
          ${event.outcome}::"AuditOutcome", ${event.reason}, ${event.breakGlass}, ${event.requestId}, ${event.clientAddress})`,
    );
    return Prisma.sql`
      INSERT INTO "AuditEvent" ("id", "occurredAt", "staffId", "patientId", "operation", "access", "recordTypes", "outcome", "reason", "breakGlass", "requestId", "clientAddress")
      VALUES ${Prisma.join(rows)}`;
  }

  /** One patient's or one staff member's events, within [from, to) when given, newest first. */
  page(filter: AuditFilter, window: PageWindow): Promise<AuditEventRow[]> {
    const conditions = [
      filter.patientId ? Prisma.sql`"patientId" = ${filter.patientId}::uuid` : Prisma.sql`"staffId" = ${filter.staffId}::uuid`,
      ...(filter.from ? [Prisma.sql`"occurredAt" >= ${filter.from}`] : []),
      ...(filter.to ? [Prisma.sql`"occurredAt" < ${filter.to}`] : []),
    ];
    return this.prisma.keysetPage(Prisma.sql`SELECT * FROM "AuditEvent" WHERE ${Prisma.join(conditions, ' AND ')}`, AUDIT_ORDER, window);
  }

  eventsByIds(ids: string[]): Promise<AuditEventRow[]> {
    return this.prisma.rowsWhereIn<AuditEventRow>('AuditEvent', 'id', ids);
  }
}
