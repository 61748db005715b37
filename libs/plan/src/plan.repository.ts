import { Injectable } from '@nestjs/common';
import {
  type CareTeamRole,
  type Keyset,
  type LevelOfCare,
  type LevelOfCareChangeRow,
  likePrefix,
  type PhaseChangeRow,
  Prisma,
  PrismaService,
  type ReferralDestination,
  type TreatmentPhase,
  type TreatmentPlanRow,
  type Tx,
  isAnyOf,
} from '@oneplan/prisma';
import { day, membershipInForce } from '@oneplan/access';
import type { PageWindow } from '@oneplan/graphql';

/** What every write under a plan needs to know about it, read in one statement. */
export interface PlanScope {
  planId: string;
  episodeId: string;
  patientId: string;
  programId: string;
  timeZone: string;
  status: TreatmentPlanRow['status'];
  phase: TreatmentPhase;
  levelOfCare: LevelOfCare;
}

export type PlanItemKind = 'goal' | 'problem' | 'individualSession' | 'medicationChange';

const ITEM_TABLES: Record<PlanItemKind, Prisma.ModelName> = { goal: 'Goal', problem: 'Problem', individualSession: 'IndividualSession', medicationChange: 'MedicationChange' };

/** A plan of a caseload, with its patient's name (the caseload's orders). */
export type CaseloadPlan = TreatmentPlanRow & { patientId: string; patientLastName: string; patientFirstName: string };

/** The orders a caseload can be read in: soonest review first, or by patient name. */
export const CASELOAD_ORDERS: Record<'NEXT_REVIEW_DATE' | 'PATIENT_NAME', Keyset<CaseloadPlan>> = {
  NEXT_REVIEW_DATE: {
    columns: [
      { sql: 'p."nextReviewDate"', cast: 'date' },
      { sql: 'p."id"', cast: 'uuid' },
    ],
    descending: false,
    valuesOf: (row) => [row.nextReviewDate.toISOString().slice(0, 10), row.id],
  },
  PATIENT_NAME: {
    columns: [
      { sql: 'pa."lastName"', cast: 'text' },
      { sql: 'pa."firstName"', cast: 'text' },
      { sql: 'p."id"', cast: 'uuid' },
    ],
    descending: false,
    valuesOf: (row) => [row.patientLastName, row.patientFirstName, row.id],
  },
};

export type PlanHeader = Pick<TreatmentPlanRow, 'status' | 'levelOfCare' | 'referredOutTo' | 'phase' | 'reviewCadenceDays' | 'nextReviewDate'>;

@Injectable()
export class PlanRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * The scopes of plans, each row locked until the transaction ends (in id order, so two changes of
   * the same plans never deadlock). NO KEY UPDATE: the changes of one plan queue, while inserts that only
   * reference the plan do not wait.
   */
  lockScopes(tx: Tx, planIds: string[]): Promise<PlanScope[]> {
    return this.prisma.readIn<PlanScope>(
      tx,
      Prisma.sql`
      SELECT p."id" AS "planId", p."episodeId", e."patientId", e."programId", pr."timeZone", p."status"::text AS "status",
             p."phase"::text AS "phase", p."levelOfCare"::text AS "levelOfCare"
      FROM "TreatmentPlan" p JOIN "Episode" e ON e."id" = p."episodeId" JOIN "Program" pr ON pr."id" = e."programId"
      WHERE p."id" ${isAnyOf(planIds)} ORDER BY p."id" FOR NO KEY UPDATE OF p`,
    );
  }

  /** The roles a staff member holds on an episode's care team on a given day (program-local). */
  async rolesOnTeam(episodeId: string, staffId: string, today: Date, tx: Tx = this.prisma): Promise<CareTeamRole[]> {
    const rows = await tx.$queryRaw<Array<{ role: CareTeamRole }>>`
      SELECT m."role"::text AS "role" FROM "CareTeamMember" m
      WHERE m."episodeId" = ${episodeId}::uuid AND m."staffId" = ${staffId}::uuid AND ${membershipInForce('m', day(today))}`;
    return rows.map((row) => row.role);
  }

  /** How many of `ids` are items of the given kind under the plan. */
  async countOfPlan(tx: Tx, kind: PlanItemKind, planId: string, ids: string[]): Promise<number> {
    const [{ count }] = await this.prisma.readIn<{ count: number }>(
      tx,
      Prisma.sql`SELECT count(*)::int AS "count" FROM ${Prisma.raw(`"${ITEM_TABLES[kind]}"`)} WHERE "id" ${isAnyOf(ids)} AND "planId" = ${planId}::uuid`,
    );
    return count;
  }

  plansByIds(ids: string[]): Promise<TreatmentPlanRow[]> {
    return this.prisma.rowsWhereIn<TreatmentPlanRow>('TreatmentPlan', 'id', ids);
  }

  /** The plan that is not closed, for each patient that has one (one statement). */
  openPlansByPatientIds(patientIds: string[]): Promise<Array<TreatmentPlanRow & { patientId: string }>> {
    return this.prisma.read<TreatmentPlanRow & { patientId: string }>(Prisma.sql`
      SELECT p."id", p."episodeId", p."status"::text AS "status", p."levelOfCare"::text AS "levelOfCare",
             p."referredOutTo"::text AS "referredOutTo", p."phase"::text AS "phase", p."reviewCadenceDays",
             p."nextReviewDate", p."measureSchedule", p."version", p."createdById", p."createdAt", p."updatedAt", e."patientId"
      FROM "TreatmentPlan" p JOIN "Episode" e ON e."id" = p."episodeId"
      WHERE e."patientId" ${isAnyOf(patientIds)} AND p."status" <> 'CLOSED'`);
  }

  findPlan(id: string, tx: Tx = this.prisma): Promise<TreatmentPlanRow | null> {
    return tx.treatmentPlan.findUnique({ where: { id } });
  }

  async planVersion(id: string, tx: Tx): Promise<number | undefined> {
    return (await tx.treatmentPlan.findUnique({ where: { id }, select: { version: true } }))?.version;
  }

  createPlan(tx: Tx, data: { episodeId: string; levelOfCare: LevelOfCare; reviewCadenceDays: number; nextReviewDate: Date; createdById: string }, crisisLines: object[]): Promise<TreatmentPlanRow> {
    return tx.treatmentPlan.create({
      data: { ...data, safetyPlan: { create: { warningSigns: [], copingStrategies: [], peopleAndPlaces: [], crisisLines, updatedById: data.createdById } } },
    });
  }

  /** Sets the measure days a plan keeps over its program's (a template's). */
  async setMeasureSchedule(tx: Tx, id: string, schedule: Array<{ type: string; everyDays: number }>): Promise<void> {
    await tx.treatmentPlan.update({ where: { id }, data: { measureSchedule: schedule } });
  }

  /** Updates the header only if it is still at `expectedVersion`. */
  async updateHeader(tx: Tx, id: string, expectedVersion: number, data: Partial<PlanHeader>): Promise<boolean> {
    const { count } = await tx.treatmentPlan.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    return count === 1;
  }

  async reviewCadenceDays(programId: string, levelOfCare: LevelOfCare, tx: Tx = this.prisma): Promise<number | undefined> {
    const row = await tx.reviewCadence.findUnique({ where: { programId_levelOfCare: { programId, levelOfCare } } });
    return row?.days;
  }

  async hasReadinessNote(planId: string, tx: Tx): Promise<boolean> {
    return (await tx.clinicalNote.count({ where: { planId, kind: 'READINESS' } })) > 0;
  }

  createPhaseChange(tx: Tx, data: { planId: string; fromPhase: TreatmentPhase; toPhase: TreatmentPhase; reason: string; changedById: string }): Promise<PhaseChangeRow> {
    return tx.phaseChange.create({ data });
  }

  createLevelOfCareChange(
    tx: Tx,
    data: {
      planId: string;
      fromLevel: LevelOfCare;
      toLevel: LevelOfCare | null;
      referralTo: ReferralDestination | null;
      reason: string;
      changedById: string;
      ratings?: object[];
      reviewCadenceDays?: number;
    },
  ): Promise<LevelOfCareChangeRow> {
    return tx.levelOfCareChange.create({ data });
  }

  phaseChangesByPlanIds(planIds: string[]): Promise<PhaseChangeRow[]> {
    return this.prisma.rowsWhereIn<PhaseChangeRow>('PhaseChange', 'planId', planIds, '"changedAt", "id"');
  }

  levelOfCareChangesByPlanIds(planIds: string[]): Promise<LevelOfCareChangeRow[]> {
    return this.prisma.rowsWhereIn<LevelOfCareChangeRow>('LevelOfCareChange', 'planId', planIds, '"changedAt", "id"');
  }

  /** Open plans of the episodes a staff member is on the care team of on `today` (program-local). */
  private caseloadOf(staffId: string, today: Date, lastNameStartsWith?: string) {
    const named = lastNameStartsWith ? Prisma.sql`AND pa."lastName" ILIKE ${likePrefix(lastNameStartsWith)}` : Prisma.empty;
    return Prisma.sql`FROM "TreatmentPlan" p JOIN "Episode" e ON e."id" = p."episodeId" JOIN "Patient" pa ON pa."id" = e."patientId"
      WHERE p."status" <> 'CLOSED' ${named} AND EXISTS (
        SELECT 1 FROM "CareTeamMember" m WHERE m."episodeId" = e."id" AND m."staffId" = ${staffId}::uuid AND ${membershipInForce('m', day(today))})`;
  }

  caseloadPage(staffId: string, today: Date, order: keyof typeof CASELOAD_ORDERS, window: PageWindow, lastNameStartsWith?: string): Promise<CaseloadPlan[]> {
    const rows = Prisma.sql`SELECT p.*, e."patientId", pa."lastName" AS "patientLastName", pa."firstName" AS "patientFirstName" ${this.caseloadOf(staffId, today, lastNameStartsWith)}`;
    return this.prisma.keysetPage(rows, CASELOAD_ORDERS[order], window);
  }

  countCaseload(staffId: string, today: Date, lastNameStartsWith?: string): Promise<number> {
    return this.prisma.countOf(this.caseloadOf(staffId, today, lastNameStartsWith));
  }

  phaseChangesByIds(ids: string[]): Promise<PhaseChangeRow[]> {
    return this.prisma.rowsWhereIn<PhaseChangeRow>('PhaseChange', 'id', ids);
  }

  levelOfCareChangesByIds(ids: string[]): Promise<LevelOfCareChangeRow[]> {
    return this.prisma.rowsWhereIn<LevelOfCareChangeRow>('LevelOfCareChange', 'id', ids);
  }
}
