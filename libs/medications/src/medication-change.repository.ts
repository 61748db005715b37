import { Injectable } from '@nestjs/common';
import { type Keyset, type MedicationChangeGoalRow, linkedIds, type MedicationChangeRow, Prisma, PrismaService, type Tx } from '@oneplan/prisma';

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
  latestByPlanIds(planIds: readonly string[], tx?: Tx): Promise<MedicationChangeRow[]> {
    return this.prisma.readIn<MedicationChangeRow>(
      tx,
      Prisma.sql`
      SELECT DISTINCT ON ("planId", CASE WHEN "rxNormCode" IS NOT NULL THEN 'rx:' || "rxNormCode" ELSE 'name:' || lower(btrim("medicationName")) END) *
      FROM "MedicationChange" WHERE "planId" = ANY(${planIds}::uuid[])
      ORDER BY "planId", CASE WHEN "rxNormCode" IS NOT NULL THEN 'rx:' || "rxNormCode" ELSE 'name:' || lower(btrim("medicationName")) END, "effectiveAt" DESC, "createdAt" DESC, "id" DESC`,
    );
  }

  goalLinksByChangeIds(changeIds: string[]) {
    return this.prisma.rowsWhereIn<MedicationChangeGoalRow>('MedicationChangeGoal', 'medicationChangeId', changeIds, '"medicationChangeId", "goalId"');
  }

  /** The change, and its links to the goals it serves (one statement each). */
  async create(tx: Tx, data: NewMedicationChange, goalIds: string[]): Promise<MedicationChangeRow> {
    const change = await this.prisma.insertIn<MedicationChangeRow>(tx, 'MedicationChange', { ...data, createdAt: new Date() });
    if (goalIds.length) await this.prisma.readIn(tx, Prisma.sql`INSERT INTO "MedicationChangeGoal" ("medicationChangeId", "goalId") SELECT ${change.id}::uuid, unnest(${goalIds}::uuid[])`);
    return change;
  }

  changesByIds(ids: string[]): Promise<MedicationChangeRow[]> {
    return this.prisma.rowsWhereIn<MedicationChangeRow>('MedicationChange', 'id', ids);
  }
}
