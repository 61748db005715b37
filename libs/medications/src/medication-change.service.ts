import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { OutboxEventKind } from '@oneplan/outbox';
import { created, ImportedDrafts, PlanScopes, PlanUnitOfWork } from '@oneplan/plan';
import type { MedicationChangeRow } from '@oneplan/prisma';
import { currentMedications } from './current-medications.js';
import type { RecordMedicationChangeInput } from './dto/medication-change.input.js';
import { MedicationChangeRepository } from './medication-change.repository.js';

@Injectable()
export class MedicationChangeService {
  constructor(
    private readonly changes: MedicationChangeRepository,
    private readonly scopes: PlanScopes,
    private readonly work: PlanUnitOfWork,
    private readonly drafts: ImportedDrafts,
  ) {}

  /** Records a change by the acting prescriber; START needs a medication not already on the list, the others one that is. */
  async record(actor: Actor, input: RecordMedicationChangeInput): Promise<MedicationChangeRow> {
    const { goalIds, importedItemId, ...fields } = input;
    // The list is read under the plan's lock: two concurrent STARTs of one medication cannot both pass.
    return this.work.insert<MedicationChangeRow>(actor, input.planId, async ({ tx }) => {
      await this.scopes.requireItems(tx, input.planId, 'goal', goalIds, 'goalIds');
      const onList = currentMedications(await this.changes.latestOfMedication(tx, input.planId, input)).some(
        (entry) => (input.rxNormCode && entry.rxNormCode === input.rxNormCode) || entry.medicationName.trim().toLowerCase() === input.medicationName.trim().toLowerCase(),
      );
      if (input.changeType === 'START' && onList) throw new BadUserInputError('changeType', 'This medication is already on the medication list: record an ADJUST instead');
      if (input.changeType !== 'START' && !onList) throw new BadUserInputError('medicationName', 'This medication is not on the current medication list');
      const change = { id: randomUUID(), ...fields, rxNormCode: fields.rxNormCode ?? null, prescriberId: actor.staffId };
      const confirmed = await this.drafts.confirm(tx, actor, input.planId, importedItemId, 'MEDICATION', change.id);
      const [insert, ...alongside] = this.changes.insertsOf(change, [...new Set(goalIds)]);
      return {
        insert,
        alongside,
        revisions: [created('MedicationChange', change.id, { medicationName: fields.medicationName, changeType: fields.changeType, dose: fields.dose, goalIds }, 'RECORDED'), ...confirmed],
        events: [{ kind: OutboxEventKind.MedicationChanged, subjectId: change.id }],
      };
    });
  }
}
