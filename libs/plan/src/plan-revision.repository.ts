import { Injectable } from '@nestjs/common';
import type { PageWindow } from '@oneplan/graphql';
import { type Keyset, Prisma, type PlanRevisionRow, PrismaService, type Tx } from '@oneplan/prisma';
import type { FieldChangeValue } from './versioned-edit.js';

/** A plan's history, newest first. */
export const HISTORY_ORDER: Keyset<PlanRevisionRow> = {
  columns: [
    { sql: '"createdAt"', cast: 'timestamp(3)' },
    { sql: '"id"', cast: 'uuid' },
  ],
  descending: true,
  valuesOf: (row) => [row.createdAt.toISOString(), row.id],
};

export type RevisionAction = 'CREATED' | 'UPDATED' | 'AMENDED' | 'RECORDED';

export interface RevisionEntry {
  planId: string;
  /** A staff member, or none when a rule made the change (authorRule). */
  authorId: string | null;
  authorRule?: string | null;
  entityType: string;
  entityId: string;
  action: RevisionAction;
  changes: FieldChangeValue[];
  reason?: string | null;
}

/** Plan history: written only by the unit of work, in the transaction of the change it records. */
@Injectable()
export class PlanRevisionRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Each plan's history (a nested connection). */
  readonly historyOfPlans = this.prisma.listUnder('history.ofPlan', 'PlanRevision', 'planId', HISTORY_ORDER);

  async recordMany(tx: Tx, entries: RevisionEntry[]): Promise<Array<{ id: string; planId: string }>> {
    if (entries.length === 0) return [];
    return tx.planRevision.createManyAndReturn({
      data: entries.map((entry) => ({ ...entry, authorRule: entry.authorRule ?? null, changes: entry.changes as object[], reason: entry.reason ?? null })),
      select: { id: true, planId: true },
    });
  }

  revisionsByIds(ids: string[]): Promise<PlanRevisionRow[]> {
    return this.prisma.rowsWhereIn<PlanRevisionRow>('PlanRevision', 'id', ids, '"createdAt", "id"');
  }

  page(planId: string, window: PageWindow): Promise<PlanRevisionRow[]> {
    return this.prisma.keysetPage(Prisma.sql`SELECT * FROM "PlanRevision" WHERE "planId" = ${planId}::uuid`, HISTORY_ORDER, window);
  }

  count(planId: string): Promise<number> {
    return this.prisma.countOf(Prisma.sql`FROM "PlanRevision" WHERE "planId" = ${planId}::uuid`);
  }
}
