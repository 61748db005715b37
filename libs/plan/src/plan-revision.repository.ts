import { Injectable } from '@nestjs/common';
import { onCommit, type PlanRevisionRow, PrismaService, type Tx } from '@oneplan/prisma';
import { LiveTopic, LiveUpdates } from '@oneplan/queue';
import type { FieldChangeValue } from './versioned-edit.js';

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

  /** Newest first, keyset-paginated on (createdAt, id). */
  page(planId: string, take: number, after?: { value: string; id: string }): Promise<PlanRevisionRow[]> {
    const before = after ? new Date(after.value) : undefined;
    return this.prisma.planRevision.findMany({
      where: { planId, ...(before && after ? { OR: [{ createdAt: { lt: before } }, { createdAt: before, id: { lt: after.id } }] } : {}) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take,
    });
  }

  /** The latest `limit` revisions of each plan, in one statement. */
  latestByPlanIds(planIds: string[], limit: number): Promise<PlanRevisionRow[]> {
    return this.prisma.$queryRaw<PlanRevisionRow[]>`
      SELECT "id", "planId", "authorId", "entityType", "entityId", "action", "changes", "reason", "createdAt"
      FROM (SELECT *, row_number() OVER (PARTITION BY "planId" ORDER BY "createdAt" DESC, "id" DESC) AS "rank"
            FROM "PlanRevision" WHERE "planId" = ANY(${planIds}::uuid[])) AS ranked
      WHERE "rank" <= ${limit} ORDER BY "createdAt" DESC, "id" DESC`;
  }

  /** Revision entries for a newly created item: every given field, from nothing. */
  static created(fields: Record<string, unknown>): FieldChangeValue[] {
    return Object.entries(fields)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([field, value]) => ({ field, from: null, to: JSON.stringify(value) }));
  }
}
