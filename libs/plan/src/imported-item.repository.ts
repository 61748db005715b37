import { Injectable } from '@nestjs/common';
import { type ImportedItemKind, Prisma, PrismaService, type Tx } from '@oneplan/prisma';

export type ImportedItemRow = Prisma.ImportedItemGetPayload<{ include: { import: { select: { source: true; importedAt: true } } } }>;
export type NewImportedItem = Omit<Prisma.ImportedItemCreateManyInput, 'id' | 'status' | 'reviewedById' | 'reviewedAt' | 'resultId' | 'createdAt'>;

/** A plan's pending drafts at most: the list a plan shows stays bounded; the team reviews before more come in. */
export const MAX_PENDING_IMPORTED_ITEMS = 200;

const WITH_SOURCE = { import: { select: { source: true, importedAt: true } } } as const;

/** Drafts brought in from another system's record, until the team confirms or dismisses each. */
@Injectable()
export class ImportedItemRepository {
  constructor(private readonly prisma: PrismaService) {}

  async createMany(tx: Tx, items: NewImportedItem[]): Promise<ImportedItemRow[]> {
    return tx.importedItem.createManyAndReturn({ data: items, include: WITH_SOURCE });
  }

  countPending(tx: Tx, planId: string): Promise<number> {
    return tx.importedItem.count({ where: { planId, status: 'PENDING' } });
  }

  /** Pending drafts of plans, oldest first. */
  pendingByPlanIds(planIds: string[]): Promise<ImportedItemRow[]> {
    return this.prisma.importedItem.findMany({ where: { planId: { in: planIds }, status: 'PENDING' }, include: WITH_SOURCE, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  findById(id: string, tx: Tx = this.prisma): Promise<ImportedItemRow | null> {
    return tx.importedItem.findUnique({ where: { id }, include: WITH_SOURCE });
  }

  /** Marks a pending draft of this plan and kind reviewed; false when it is not one (reviewed already, say). */
  async review(
    tx: Tx,
    id: string,
    expected: { planId: string; kind?: ImportedItemKind },
    review: { status: 'CONFIRMED' | 'DISMISSED'; reviewedById: string; resultId: string | null },
  ): Promise<boolean> {
    const { count } = await tx.importedItem.updateMany({
      where: { id, planId: expected.planId, status: 'PENDING', ...(expected.kind ? { kind: expected.kind } : {}) },
      data: { ...review, reviewedAt: new Date() },
    });
    return count === 1;
  }
}
