import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { Outbox, OutboxEventKind } from '@oneplan/outbox';
import { PlanRevisionRepository, PlanScopes } from '@oneplan/plan';
import { type MedicationChangeRow, TransactionRunner } from '@oneplan/prisma';
import { currentMedications } from './current-medications.js';
import type { RecordMedicationChangeInput } from './dto/medication-change.input.js';
import { MedicationChangeRepository } from './medication-change.repository.js';

@Injectable()
export class MedicationChangeService {
  constructor(
    private readonly changes: MedicationChangeRepository,
    private readonly revisions: PlanRevisionRepository,
    private readonly outbox: Outbox,
    private readonly scopes: PlanScopes,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Records a change by the acting prescriber; START needs a medication not already on the list, the others one that is. */
  record(actor: Actor, input: RecordMedicationChangeInput): Promise<MedicationChangeRow> {
    const { goalIds, ...fields } = input;
    return this.transactions.run(async (tx) => {
      await this.scopes.requireOpen(input.planId, tx);
      await this.scopes.requireItems(tx, input.planId, 'goal', goalIds, 'goalIds');
      const onList = currentMedications(await this.changes.latestByPlanIds([input.planId])).some(
        (entry) => (input.rxNormCode && entry.rxNormCode === input.rxNormCode) || entry.medicationName.trim().toLowerCase() === input.medicationName.trim().toLowerCase(),
      );
      if (input.changeType === 'START' && onList) throw new BadUserInputError('changeType', `${input.medicationName} is already on the medication list: record an ADJUST instead`);
      if (input.changeType !== 'START' && !onList) throw new BadUserInputError('medicationName', `${input.medicationName} is not on the current medication list`);
      const change = await this.changes.create(tx, { ...fields, rxNormCode: fields.rxNormCode ?? null, prescriberId: actor.staffId }, [...new Set(goalIds)]);
      await this.revisions.recordCreated(tx, {
        planId: input.planId,
        authorId: actor.staffId,
        entityType: 'MedicationChange',
        entityId: change.id, fields: { medicationName: fields.medicationName, changeType: fields.changeType, dose: fields.dose, goalIds }, action: 'RECORDED' });
      await this.outbox.add(tx, { kind: OutboxEventKind.MedicationChanged, subjectId: change.id, actorId: actor.staffId });
      return change;
    });
  }
}
