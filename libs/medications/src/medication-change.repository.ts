import { Injectable } from '@nestjs/common';
import { type Keyset, type MedicationChangeGoalRow, linkedIds, type MedicationChangeRow, Prisma, PrismaService, type Tx, isAnyOf } from '@oneplan/prisma';

/** In the order the changes take effect. */
export const CHANGES_ORDER: Keyset<MedicationChangeRow> = {
  columns: [
    { sql: '"effectiveAt"', cast: 'timestamp(3)' },
    { sql: '"createdAt"', cast: 'timestamp(3)' },
    { sql: '"id"', cast: 'uuid' },
  ],
  descending: false,
  valuesOf: (row) => [row.effectiveAt.toISOString(), row.createdAt.toISOString(), row.id],
};

/** The goals each change serves, read with the changes. */
const CHANGE_GOAL_IDS = linkedIds('MedicationChange', 'MedicationChangeGoal', 'medicationChangeId', 'goalId', 'goalIds');

export type NewMedicationChange = Omit<MedicationChangeRow, 'id' | 'createdAt'>;

/** The same medication across changes, as medicationKey has it: by RxNorm code when known, otherwise by name. */
const MEDICATION_KEY = Prisma.sql`CASE WHEN "rxNormCode" IS NOT NULL THEN 'rx:' || "rxNormCode" ELSE 'name:' || lower(btrim("medicationName")) END`;
const LATEST_FIRST = Prisma.sql`"effectiveAt" DESC, "createdAt" DESC, "id" DESC`;

/**
 * See MedicationChangeRepository.latestOfMedication: the medications of the plan's changes by the same name,
 * and the one of the RxNorm code (a change with a code is that code's medication, whatever its name).
 */
export function latestOfMedication(planId: string, { rxNormCode, medicationName }: { rxNormCode?: string | null; medicationName: string }): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (${MEDICATION_KEY}) * FROM "MedicationChange"
    WHERE "planId" = ${planId}::uuid AND ${MEDICATION_KEY} IN (
      SELECT ${MEDICATION_KEY} FROM "MedicationChange" WHERE "planId" = ${planId}::uuid AND lower(btrim("medicationName")) = ${medicationName.trim().toLowerCase()}
      UNION ALL SELECT 'rx:' || ${rxNormCode ?? null}::text WHERE ${rxNormCode ?? null}::text IS NOT NULL)
    ORDER BY ${MEDICATION_KEY}, ${LATEST_FIRST}`;
}

@Injectable()
export class MedicationChangeRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Each plan's medication changes (a nested connection). */
  readonly changesOfPlans = this.prisma.listUnder('medicationChanges.ofPlan', 'MedicationChange', 'planId', CHANGES_ORDER, { columns: CHANGE_GOAL_IDS });

  /**
   * The latest change of each medication of each plan (the same medication: by RxNorm code when known,
   * otherwise by name), from which the current list follows: as many rows as medications, however long
   * the history.
   */
  latestByPlanIds(planIds: readonly string[]): Promise<MedicationChangeRow[]> {
    return this.prisma.read<MedicationChangeRow>(Prisma.sql`
      SELECT DISTINCT ON ("planId", ${MEDICATION_KEY}) * FROM "MedicationChange" WHERE "planId" ${isAnyOf(planIds)}
      ORDER BY "planId", ${MEDICATION_KEY}, ${LATEST_FIRST}`);
  }

  /**
   * As latestByPlanIds for one plan, for the medications a new change could be of: those with a change by
   * its RxNorm code or its name (what the change is checked against, under the plan's lock). The
   * medications are found by name and by code through the plan's two medication indexes (see their
   * migration), not by reading every change of the plan.
   */
  latestOfMedication(tx: Tx, planId: string, input: { rxNormCode?: string | null; medicationName: string }): Promise<MedicationChangeRow[]> {
    return this.prisma.readIn<MedicationChangeRow>(tx, latestOfMedication(planId, input));
  }

  goalLinksByChangeIds(changeIds: string[]) {
    return this.prisma.rowsWhereIn<MedicationChangeGoalRow>('MedicationChangeGoal', 'medicationChangeId', changeIds, '"medicationChangeId", "goalId"');
  }

  /**
   * The INSERTs of a change (answering it) and of its links to the goals it serves, for the unit of work to
   * run with the change's records (see PlanInsert).
   */
  insertsOf(change: NewMedicationChange & { id: string }, goalIds: string[]): [Prisma.Sql, ...Prisma.Sql[]] {
    const links = Prisma.sql`INSERT INTO "MedicationChangeGoal" ("medicationChangeId", "goalId") SELECT ${change.id}::uuid, unnest(${goalIds}::uuid[])`;
    return [this.prisma.insertOf('MedicationChange', { ...change, createdAt: new Date() }), ...(goalIds.length ? [links] : [])];
  }

  changesByIds(ids: string[]): Promise<MedicationChangeRow[]> {
    return this.prisma.rowsWhereIn<MedicationChangeRow>('MedicationChange', 'id', ids);
  }
}
