import { Injectable } from '@nestjs/common';
import type { PageWindow } from '@oneplan/graphql';
import { type Keyset, Prisma, type PlanRevisionRow, PrismaService } from '@oneplan/prisma';
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

  /**
   * The INSERT of a change's revisions (their ids made by the unit of work), for it to run with the
   * change's other records (see insertTogether). Stamped when the statement runs, in UTC.
   */
  insertOf(entries: Array<RevisionEntry & { id: string }>): Prisma.Sql | undefined {
    if (entries.length === 0) return undefined;
    const rows = entries.map(
      (entry) =>
        Prisma.sql`(${entry.id}::uuid, ${entry.planId}::uuid, ${entry.authorId}::uuid, ${entry.authorRule ?? null}, ${entry.entityType}, ${entry.entityId}::uuid,
          ${entry.action}, ${JSON.stringify(entry.changes)}::jsonb, ${entry.reason ?? null}, statement_timestamp() AT TIME ZONE 'UTC')`,
    );
    return Prisma.sql`
      INSERT INTO "PlanRevision" ("id", "planId", "authorId", "authorRule", "entityType", "entityId", "action", "changes", "reason", "createdAt")
      VALUES ${Prisma.join(rows)}`;
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
