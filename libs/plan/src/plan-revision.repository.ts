import { Injectable } from '@nestjs/common';
import type { PageWindow } from '@oneplan/graphql';
import { type Keyset, onCommit, Prisma, type PlanRevisionRow, PrismaService, type Tx } from '@oneplan/prisma';
import { LiveTopic, LiveUpdates } from '@oneplan/queue';
import type { FieldChangeValue } from './versioned-edit.js';

/** A plan's history, newest first. */
export const HISTORY_ORDER: Keyset<PlanRevisionRow> = {
  columns: [{ sql: '"createdAt"', cast: 'timestamp(3)' }, { sql: '"id"', cast: 'uuid' }],
  descending: true,
  valuesOf: (row) => [row.createdAt.toISOString(), row.id],
};

export type RevisionAction = 'CREATED' | 'UPDATED' | 'AMENDED' | 'RECORDED';

export interface RevisionEntry {
  planId: string;
  authorId: string;
  entityType: string;
  entityId: string;
  action: RevisionAction;
  changes: FieldChangeValue[];
  reason?: string | null;
}

/**
 * Plan history: every change writes its revision in the same transaction as the change itself; once
 * the transaction commits, clinicians watching the plan (planChanged) are told, on every API instance.
 */
@Injectable()
export class PlanRevisionRepository {
  constructor(
    private readonly live: LiveUpdates,
    private readonly prisma: PrismaService,
  ) {}

  /** Each plan's history (a nested connection). */
  readonly historyOfPlans = this.prisma.listUnder('history.ofPlan', 'PlanRevision', 'planId', HISTORY_ORDER);

  async record(tx: Tx, entry: RevisionEntry): Promise<void> {
    await this.recordMany(tx, [entry]);
  }

  async recordMany(tx: Tx, entries: RevisionEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const rows = await tx.planRevision.createManyAndReturn({
      data: entries.map((entry) => ({ ...entry, changes: entry.changes as object[], reason: entry.reason ?? null })),
      select: { id: true, planId: true },
    });
    for (const planId of new Set(rows.map((row) => row.planId))) {
      const revisionIds = rows.filter((row) => row.planId === planId).map((row) => row.id);
      onCommit(tx, () => this.live.publish(LiveTopic.PlanChanged, { planId, revisionIds }));
    }
  }

  revisionsByIds(ids: string[]): Promise<PlanRevisionRow[]> {
    return this.prisma.rowsWhereIn<PlanRevisionRow>('PlanRevision', 'id', ids, '"createdAt", "id"');
  }

  /** Records the creation (or recording) of an item with the fields it was given (empty ones left out). */
  async recordCreated(tx: Tx, entry: Omit<RevisionEntry, 'action' | 'changes'> & { fields: Record<string, unknown>; action?: 'CREATED' | 'RECORDED' }): Promise<void> {
    const { fields, action = 'CREATED', ...rest } = entry;
    await this.record(tx, { ...rest, action, changes: PlanRevisionRepository.created(fields) });
  }

  page(planId: string, window: PageWindow): Promise<PlanRevisionRow[]> {
    return this.prisma.keysetPage(Prisma.sql`SELECT * FROM "PlanRevision" WHERE "planId" = ${planId}::uuid`, HISTORY_ORDER, window);
  }

  count(planId: string): Promise<number> {
    return this.prisma.countOf(Prisma.sql`FROM "PlanRevision" WHERE "planId" = ${planId}::uuid`);
  }

  /** Revision entries for a newly created item: every given field, from nothing. */
  static created(fields: Record<string, unknown>): FieldChangeValue[] {
    return Object.entries(fields)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([field, value]) => ({ field, from: null, to: JSON.stringify(value) }));
  }
}
