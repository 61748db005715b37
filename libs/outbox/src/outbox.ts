import { Injectable, Module } from '@nestjs/common';
import { Prisma, PrismaService, type Tx, isAnyOf } from '@oneplan/prisma';

/** Changes the care team must hear about. The worker decides who is told what (libs/reminders). */
export enum OutboxEventKind {
  MedicationChanged = 'MEDICATION_CHANGED',
  PhaseChanged = 'PHASE_CHANGED',
  LevelOfCareChanged = 'LEVEL_OF_CARE_CHANGED',
  OutcomeMeasureRecorded = 'OUTCOME_MEASURE_RECORDED',
  EmergencyAccessOpened = 'EMERGENCY_ACCESS_OPENED',
  ConsentRevoked = 'CONSENT_REVOKED',
  /** A notification was stored: deliver it by email and to the program's webhooks. */
  NotificationCreated = 'NOTIFICATION_CREATED',
  /** A consented update to a patient's support was written: email it. */
  SupportUpdateWritten = 'SUPPORT_UPDATE_WRITTEN',
  /** A self-report link was asked for: make its token and email it to the patient. */
  SelfReportLinkRequested = 'SELF_REPORT_LINK_REQUESTED',
}

/** An event as written: ids only, never clinical text (the row is copied into Redis as a job). */
export interface OutboxEntry {
  kind: OutboxEventKind;
  /** The record the event is about (a medication change, a phase change, a measure ...). */
  subjectId: string;
  /** Who made the change; they are never told about their own action. None for what the system does. */
  actorId: string | null;
}

export interface OutboxRow extends OutboxEntry {
  id: string;
}

/** An event waiting for the relay, with the trace of the request that wrote it (while tracing is on). */
export interface UnrelayedRow extends OutboxRow {
  traceParent: string | null;
}

/**
 * The outbox's INSERT of events for rows another statement selects (`select` yields id, kind, subjectId,
 * createdAt), for a repository to embed where its own rows and their events must be one statement.
 */
export function outboxInsertFrom(select: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`INSERT INTO "OutboxEvent" ("id", "kind", "subjectId", "createdAt") ${select}`;
}

/**
 * The transactional outbox: the write that causes a reminder adds its event in the same transaction, so
 * the reminder exists exactly when the change does, whether or not Redis is reachable at that moment.
 */
@Injectable()
export class Outbox {
  constructor(private readonly prisma: PrismaService) {}

  async addMany(tx: Tx, entries: OutboxEntry[]): Promise<void> {
    const insert = this.insertOf(entries);
    if (insert) await tx.$executeRaw(insert);
  }

  /** The INSERT of events, for a unit of work to run with its other records (see insertTogether in libs/prisma). */
  insertOf(entries: OutboxEntry[]): Prisma.Sql | undefined {
    if (entries.length === 0) return undefined;
    const rows = entries.map((entry) => Prisma.sql`(gen_random_uuid(), ${entry.kind}, ${entry.subjectId}::uuid, ${entry.actorId}::uuid, statement_timestamp() AT TIME ZONE 'UTC')`);
    return Prisma.sql`INSERT INTO "OutboxEvent" ("id", "kind", "subjectId", "actorId", "createdAt") VALUES ${Prisma.join(rows)}`;
  }

  /** The oldest events not yet relayed, locked until the transaction ends so two relays never take the same row. */
  unrelayed(tx: Tx, take: number): Promise<UnrelayedRow[]> {
    return tx.$queryRaw<UnrelayedRow[]>`
      SELECT "id", "kind", "subjectId", "actorId", "traceParent" FROM "OutboxEvent"
      WHERE "relayedAt" IS NULL ORDER BY "createdAt", "id" LIMIT ${take} FOR UPDATE SKIP LOCKED`;
  }

  async markRelayed(tx: Tx, ids: string[]): Promise<void> {
    await tx.$executeRaw`UPDATE "OutboxEvent" SET "relayedAt" = now() AT TIME ZONE 'UTC' WHERE "id" ${isAnyOf(ids)}`;
  }

  /** The event's job has done its work: it is not queued again. */
  async markHandled(id: string): Promise<void> {
    await this.prisma.$executeRaw`UPDATE "OutboxEvent" SET "handledAt" = now() AT TIME ZONE 'UTC' WHERE "id" = ${id}::uuid AND "handledAt" IS NULL`;
  }

  /** Events handed to the queue over `seconds` ago and not handled since (their jobs may be lost), oldest first. */
  unhandled(seconds: number, take: number): Promise<Array<{ id: string; kind: string }>> {
    return this.prisma.$queryRaw<Array<{ id: string; kind: string }>>`
      SELECT "id", "kind" FROM "OutboxEvent"
      WHERE "handledAt" IS NULL AND "relayedAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${seconds}::int)
      ORDER BY "relayedAt", "id" LIMIT ${take}`;
  }

  /** How many events written over `seconds` ago are not handled yet (relayed or not). */
  async overdueCount(seconds: number): Promise<number> {
    const [{ count }] = await this.prisma.$queryRaw<Array<{ count: number }>>`
      SELECT count(*)::int AS "count" FROM "OutboxEvent"
      WHERE "handledAt" IS NULL AND "createdAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${seconds}::int)`;
    return count;
  }

  pendingCount(): Promise<number> {
    return this.prisma.outboxEvent.count({ where: { relayedAt: null } });
  }
}

@Module({ providers: [Outbox], exports: [Outbox] })
export class OutboxModule {}
