import { Injectable } from '@nestjs/common';
import { type OutcomeMeasureType, Prisma, PrismaService, type SelfReportLinkRow, type Tx, isAnyOf } from '@oneplan/prisma';

/** An open plan of a program that sends self-report links when measures fall due, with where the last link went. */
export interface AutoSendPlan {
  planId: string;
  patientId: string;
  programId: string;
  levelOfCare: string;
  timeZone: string;
  episodeStart: Date;
  measureSchedule: Array<{ type: OutcomeMeasureType; everyDays: number }> | null;
  email: string;
  /** The primary therapist today, on whose behalf the link goes (none: no link). */
  therapistId: string | null;
}

/** The one writer of self-report links. */
@Injectable()
export class SelfReportRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(tx: Tx, data: Prisma.SelfReportLinkUncheckedCreateInput): Promise<SelfReportLinkRow> {
    return tx.selfReportLink.create({ data });
  }

  /** Links due measures ask for, once each (dueKey is unique); returns the ids of those new. */
  async createDue(tx: Tx, rows: Array<Prisma.SelfReportLinkCreateManyInput & { dueKey: string }>): Promise<string[]> {
    if (rows.length === 0) return [];
    const created = await tx.selfReportLink.createManyAndReturn({ data: rows, skipDuplicates: true, select: { id: true } });
    return created.map((row) => row.id);
  }

  linksByIds(ids: readonly string[]): Promise<SelfReportLinkRow[]> {
    return this.prisma.rowsWhereIn<SelfReportLinkRow>('SelfReportLink', 'id', ids);
  }

  linksOfPlans(planIds: readonly string[]): Promise<SelfReportLinkRow[]> {
    return this.prisma.rowsWhereIn<SelfReportLinkRow>('SelfReportLink', 'planId', planIds, '"createdAt" DESC, "id"');
  }

  /** The link a token's hash names, locked for its use. */
  async lockByHash(tx: Tx, tokenHash: string): Promise<SelfReportLinkRow | undefined> {
    const [row] = await tx.$queryRaw<SelfReportLinkRow[]>`SELECT * FROM "SelfReportLink" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
    return row;
  }

  byHash(tokenHash: string): Promise<SelfReportLinkRow | null> {
    return this.prisma.selfReportLink.findUnique({ where: { tokenHash } });
  }

  async markUsed(tx: Tx, id: string): Promise<void> {
    await tx.selfReportLink.update({ where: { id }, data: { usedAt: new Date() } });
  }

  /** A new token for a link not sent yet (a retried delivery replaces the token of one that never went out). */
  async issueToken(id: string, tokenHash: string, expiresAt: Date): Promise<SelfReportLinkRow | null> {
    const { count } = await this.prisma.selfReportLink.updateMany({ where: { id, sentAt: null, usedAt: null }, data: { tokenHash, expiresAt } });
    return count === 1 ? this.prisma.selfReportLink.findUnique({ where: { id } }) : null;
  }

  async markSent(id: string): Promise<void> {
    await this.prisma.selfReportLink.updateMany({ where: { id, sentAt: null }, data: { sentAt: new Date() } });
  }

  /** The record an outbox event is about. */
  async eventSubject(eventId: string): Promise<string | undefined> {
    return (await this.prisma.outboxEvent.findUnique({ where: { id: eventId }, select: { subjectId: true } }))?.subjectId;
  }

  /** A page (keyset by plan id) of open plans in programs that send links automatically, whose patient was sent a link before. */
  autoSendPlans(after: string | null, limit: number): Promise<AutoSendPlan[]> {
    return this.prisma.read<AutoSendPlan>(Prisma.sql`
      SELECT p."id" AS "planId", e."patientId", e."programId", p."levelOfCare"::text AS "levelOfCare", pr."timeZone", e."startDate" AS "episodeStart",
             p."measureSchedule", last."email",
             (SELECT m."staffId" FROM "CareTeamMember" m WHERE m."episodeId" = e."id" AND m."role" = 'PRIMARY_THERAPIST' AND m."removedAt" IS NULL
                AND m."fromDate" <= CURRENT_DATE AND (m."toDate" IS NULL OR m."toDate" >= CURRENT_DATE) ORDER BY m."fromDate" DESC LIMIT 1) AS "therapistId"
      FROM "TreatmentPlan" p JOIN "Episode" e ON e."id" = p."episodeId" JOIN "Program" pr ON pr."id" = e."programId"
      JOIN LATERAL (SELECT l."email" FROM "SelfReportLink" l WHERE l."patientId" = e."patientId" ORDER BY l."createdAt" DESC LIMIT 1) last ON TRUE
      WHERE pr."selfReportLinks" AND p."status" <> 'CLOSED' AND e."status" = 'OPEN' AND p."id" > ${after ?? '00000000-0000-0000-0000-000000000000'}::uuid
      ORDER BY p."id" LIMIT ${limit}`);
  }

  /** The measure days the programs set (programs without rows use the defaults). */
  programMeasureSchedules(programIds: string[]): Promise<Array<{ programId: string; type: OutcomeMeasureType; everyDays: number }>> {
    return this.prisma.measureSchedule.findMany({ where: { programId: { in: programIds } }, select: { programId: true, type: true, everyDays: true } });
  }

  /** When each plan last had each measure (plan:type → instant). */
  async lastMeasures(planIds: string[]): Promise<Map<string, Date>> {
    const rows = await this.prisma.read<{ planId: string; type: string; at: Date }>(Prisma.sql`
      SELECT "planId", "type"::text AS "type", max("administeredAt") AS "at" FROM "OutcomeMeasure" WHERE "planId" ${isAnyOf(planIds)} GROUP BY "planId", "type"`);
    return new Map(rows.map((row) => [`${row.planId}:${row.type}`, row.at]));
  }
}
