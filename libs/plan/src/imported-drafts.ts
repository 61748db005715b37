import { Injectable } from '@nestjs/common';
import { RuleViolationError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import type { ImportedItemKind, Tx } from '@oneplan/prisma';
import { ImportedItemRepository } from './imported-item.repository.js';
import { type RevisionDraft, updated } from './unit-of-work.js';

const PENDING_TO = (status: 'CONFIRMED' | 'DISMISSED') => [{ field: 'status', from: '"PENDING"', to: JSON.stringify(status) }];

/**
 * Reviewing an imported draft inside the change that acts on it: adding the problem, starting the
 * medication or writing the allergy note confirms it in the same transaction (so a draft is confirmed
 * exactly once, by what it became). Returns the draft's revision.
 */
@Injectable()
export class ImportedDrafts {
  constructor(private readonly items: ImportedItemRepository) {}

  async confirm(tx: Tx, actor: Actor, planId: string, itemId: string | null | undefined, kind: ImportedItemKind, resultId: string): Promise<RevisionDraft[]> {
    if (!itemId) return [];
    if (!(await this.items.review(tx, itemId, { planId, kind }, { status: 'CONFIRMED', reviewedById: actor.staffId, resultId }))) {
      throw new RuleViolationError(`importedItemId must name a pending imported ${kind.toLowerCase()} of this plan`, 'importedItemId');
    }
    return updated('ImportedItem', itemId, PENDING_TO('CONFIRMED'));
  }

  async dismiss(tx: Tx, actor: Actor, planId: string, itemId: string, reason: string): Promise<RevisionDraft[]> {
    if (!(await this.items.review(tx, itemId, { planId }, { status: 'DISMISSED', reviewedById: actor.staffId, resultId: null }))) {
      throw new RuleViolationError('The imported item was reviewed already', 'importedItemId');
    }
    return updated('ImportedItem', itemId, PENDING_TO('DISMISSED'), reason);
  }
}
