import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import type { Tx } from '@oneplan/prisma';
import type { DismissImportedItemInput } from './dto/imported-item.input.js';
import { ImportedDrafts } from './imported-drafts.js';
import { type ImportedItemRow, ImportedItemRepository } from './imported-item.repository.js';
import { PlanUnitOfWork } from './unit-of-work.js';

@Injectable()
export class ImportedItemService {
  constructor(
    private readonly drafts: ImportedDrafts,
    private readonly items: ImportedItemRepository,
    private readonly work: PlanUnitOfWork,
  ) {}

  /** Dismisses a pending draft (not this patient's, a duplicate, out of date), with the reason in the plan's history. */
  dismiss(actor: Actor, input: DismissImportedItemInput): Promise<ImportedItemRow> {
    const planOf = async (tx: Tx) => {
      const item = await this.items.findById(input.importedItemId, tx);
      if (!item) throw new NotFoundError('ImportedItem', 'importedItemId');
      return item.planId;
    };
    return this.work.change(actor, planOf, async ({ tx, scope }) => {
      const revisions = await this.drafts.dismiss(tx, actor, scope.planId, input.importedItemId, input.reason);
      return { value: (await this.items.findById(input.importedItemId, tx))!, revisions };
    });
  }
}
