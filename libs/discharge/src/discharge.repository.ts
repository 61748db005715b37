import { Injectable } from '@nestjs/common';
import { type DischargeRow, Prisma, PrismaService, type Tx } from '@oneplan/prisma';

export type { DischargeRow };

/** Discharges (their one writer) and what a discharge reads of the plan it closes, in its transaction. */
@Injectable()
export class DischargeRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(tx: Tx, data: Prisma.DischargeUncheckedCreateInput): Promise<DischargeRow> {
    return tx.discharge.create({ data });
  }

  byPlanIds(planIds: string[]): Promise<DischargeRow[]> {
    return this.prisma.discharge.findMany({ where: { planId: { in: planIds } } });
  }

  /** The plan's record as it stands at discharge, and who its primary therapist is today. */
  async record(tx: Tx, planId: string) {
    const [goals, measures, changes, safetyPlan, triggerDates, primary] = await Promise.all([
      tx.goal.findMany({ where: { planId }, select: { statement: true, status: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
      tx.outcomeMeasure.findMany({ where: { planId }, select: { type: true, score: true }, orderBy: [{ administeredAt: 'asc' }, { id: 'asc' }] }),
      tx.medicationChange.findMany({ where: { planId }, orderBy: [{ effectiveAt: 'asc' }, { id: 'asc' }] }),
      tx.safetyPlan.findUnique({ where: { planId } }),
      tx.triggerDate.findMany({ where: { planId }, select: { label: true, date: true, recursAnnually: true, leadTimeDays: true } }),
      tx.$queryRaw<Array<{ staffId: string }>>`SELECT m."staffId" FROM "CareTeamMember" m JOIN "TreatmentPlan" p ON p."episodeId" = m."episodeId"
        WHERE p."id" = ${planId}::uuid AND m."role" = 'PRIMARY_THERAPIST' AND m."removedAt" IS NULL AND m."toDate" IS NULL ORDER BY m."fromDate" DESC LIMIT 1`,
    ]);
    return { goals, measures, changes, safetyPlan, triggerDates, primaryTherapistId: primary[0]?.staffId ?? null };
  }
}
