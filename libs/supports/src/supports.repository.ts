import { Injectable } from '@nestjs/common';
import { planToExport, Prisma, PrismaService, type SafetyPlanRow, type SupportRow, type SupportUpdateRow, type Tx } from '@oneplan/prisma';

/** An appointment an update lists: an individual session, or a group on the patient's roster. */
export interface Appointment {
  startsAt: Date;
  kind: 'SESSION' | 'GROUP';
  type: string;
  topic: string | null;
}

/** The one writer of supports and the updates sent to them; and what an update reads. */
@Injectable()
export class SupportsRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(tx: Tx, data: Prisma.SupportUncheckedCreateInput): Promise<SupportRow> {
    return tx.support.create({ data });
  }

  /** Writes the changed fields if the version is still the one read; false when it is not. */
  async update(tx: Tx, id: string, version: number, changed: Partial<Pick<SupportRow, 'relation' | 'email' | 'phone' | 'endedAt'>>): Promise<boolean> {
    const { count } = await tx.support.updateMany({ where: { id, version }, data: { ...changed, version: { increment: 1 } } });
    return count === 1;
  }

  supportsByIds(ids: readonly string[], tx?: Tx): Promise<SupportRow[]> {
    return tx ? tx.support.findMany({ where: { id: { in: [...ids] } } }) : this.prisma.rowsWhereIn<SupportRow>('Support', 'id', ids);
  }

  supportsOfPatients(patientIds: readonly string[]): Promise<SupportRow[]> {
    return this.prisma.rowsWhereIn<SupportRow>('Support', 'patientId', patientIds, '"createdAt", "id"');
  }

  createUpdate(tx: Tx, data: Prisma.SupportUpdateUncheckedCreateInput): Promise<SupportUpdateRow> {
    return tx.supportUpdate.create({ data });
  }

  updatesOfSupports(supportIds: readonly string[]): Promise<SupportUpdateRow[]> {
    return this.prisma.rowsWhereIn<SupportUpdateRow>('SupportUpdate', 'supportId', supportIds, '"createdAt" DESC, "id"');
  }

  /** An update waiting to be emailed, with where it goes. */
  async pendingUpdate(id: string): Promise<(SupportUpdateRow & { email: string | null; ended: boolean }) | undefined> {
    const [row] = await this.prisma.read<SupportUpdateRow & { email: string | null; ended: boolean }>(Prisma.sql`
      SELECT u.*, s."email", s."endedAt" IS NOT NULL AS "ended" FROM "SupportUpdate" u JOIN "Support" s ON s."id" = u."supportId" WHERE u."id" = ${id}::uuid`);
    return row;
  }

  /** The record an outbox event is about. */
  async eventSubject(eventId: string): Promise<string | undefined> {
    return (await this.prisma.outboxEvent.findUnique({ where: { id: eventId }, select: { subjectId: true } }))?.subjectId;
  }

  async markEmailed(id: string): Promise<void> {
    await this.prisma.supportUpdate.updateMany({ where: { id, emailedAt: null }, data: { emailedAt: new Date() } });
  }

  /** The patient's open plan, else their latest: where a change of a support is recorded. */
  async currentPlanOf(tx: Tx, patientId: string): Promise<string | undefined> {
    const which = planToExport(patientId);
    const plan = (await tx.treatmentPlan.findFirst({ where: which.open, select: { id: true } })) ?? (await tx.treatmentPlan.findFirst({ ...which.latest, select: { id: true } }));
    return plan?.id;
  }

  /** The patient's first name, for the greeting. */
  async firstName(tx: Tx, patientId: string): Promise<string> {
    return (await tx.patient.findUniqueOrThrow({ where: { id: patientId }, select: { firstName: true } })).firstName;
  }

  safetyPlan(tx: Tx, planId: string): Promise<SafetyPlanRow | null> {
    return tx.safetyPlan.findUnique({ where: { planId } });
  }

  /** The plan's scheduled individual sessions and its patient's roster groups starting in [from, to), earliest first (at most 40). */
  appointments(tx: Tx, planId: string, patientId: string, from: Date, to: Date): Promise<Appointment[]> {
    return tx.$queryRaw<Appointment[]>`
      SELECT * FROM (
        SELECT s."scheduledStart" AS "startsAt", 'SESSION' AS "kind", s."type"::text AS "type", NULL AS "topic"
        FROM "IndividualSession" s WHERE s."planId" = ${planId}::uuid AND s."status" = 'SCHEDULED' AND s."scheduledStart" >= ${from} AND s."scheduledStart" < ${to}
        UNION ALL
        SELECT g."startsAt", 'GROUP', g."type"::text, g."topic"
        FROM "GroupSession" g JOIN "GroupEnrollment" n ON n."scheduleId" = g."scheduleId" AND n."patientId" = ${patientId}::uuid
        WHERE g."cancelledAt" IS NULL AND g."startsAt" >= ${from} AND g."startsAt" < ${to}
          AND n."fromDate" <= g."occursOn" AND (n."untilDate" IS NULL OR n."untilDate" >= g."occursOn")
      ) a ORDER BY a."startsAt" LIMIT 40`;
  }
}
