import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BadUserInputError, NotFoundError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { created, ImportedDrafts, PlanScopes, PlanUnitOfWork } from '@oneplan/plan';
import type { ClinicalNoteRow, Tx } from '@oneplan/prisma';
import { ClinicalNoteRepository } from './clinical-note.repository.js';
import type { AddClinicalNoteInput, AmendClinicalNoteInput } from './dto/clinical-note.input.js';

/** Which subject each kind of note needs (and which it must not have). */
const SUBJECT_OF_KIND = {
  PROGRESS: undefined,
  READINESS: undefined,
  SESSION: 'individualSessionId',
  MEDICATION: 'medicationChangeId',
} as const;

@Injectable()
export class ClinicalNoteService {
  constructor(
    private readonly notes: ClinicalNoteRepository,
    private readonly scopes: PlanScopes,
    private readonly work: PlanUnitOfWork,
    private readonly drafts: ImportedDrafts,
  ) {}

  async addNote(actor: Actor, input: AddClinicalNoteInput): Promise<ClinicalNoteRow> {
    const required = SUBJECT_OF_KIND[input.kind];
    for (const field of ['individualSessionId', 'medicationChangeId'] as const) {
      if (field === required && !input[field]) throw new BadUserInputError(field, `A ${input.kind} note needs ${field}`);
      if (field !== required && input[field]) throw new BadUserInputError(field, `A ${input.kind} note cannot name ${field}`);
    }
    if (input.sudCounseling && input.kind !== 'SESSION') throw new BadUserInputError('sudCounseling', 'Only a SESSION note can be a SUD counseling note');
    return this.work.insert<ClinicalNoteRow>(actor, input.planId, async ({ tx }) => {
      await this.scopes.requireItems(tx, input.planId, 'goal', input.goalId ? [input.goalId] : [], 'goalId');
      await this.scopes.requireItems(tx, input.planId, 'individualSession', input.individualSessionId ? [input.individualSessionId] : [], 'individualSessionId');
      await this.scopes.requireItems(tx, input.planId, 'medicationChange', input.medicationChangeId ? [input.medicationChangeId] : [], 'medicationChangeId');
      const { importedItemId, ...fieldsOfNote } = input;
      const note = { id: randomUUID(), ...fieldsOfNote, authorId: actor.staffId };
      const fields = { kind: note.kind, goalId: note.goalId, individualSessionId: note.individualSessionId, medicationChangeId: note.medicationChangeId };
      const confirmed = await this.drafts.confirm(tx, actor, input.planId, importedItemId, 'ALLERGY', note.id);
      return { insert: this.notes.insertOf(note), revisions: [created('ClinicalNote', note.id, fields), ...confirmed] };
    });
  }

  /** Adds a correction that points at the original (the access rules let only its author do so). */
  async amendNote(actor: Actor, input: AmendClinicalNoteInput): Promise<{ original: ClinicalNoteRow; amendment: ClinicalNoteRow }> {
    const planOf = async (tx: Tx) => {
      const original = await this.notes.findById(input.noteId, tx);
      if (!original) throw new NotFoundError('ClinicalNote', 'noteId');
      return original.planId;
    };
    // A closed plan's notes stay correctable: the record must be right even after discharge.
    return this.work.change(
      actor,
      planOf,
      async ({ tx }) => {
        const original = (await this.notes.findById(input.noteId, tx))!;
        if (original.amendsId) throw new BadUserInputError('noteId', 'Amend the original note, not one of its amendments');
        const { id: _id, writtenAt: _writtenAt, ...subject } = original;
        const amendment = await this.notes.create(tx, { ...subject, amendsId: original.id, text: input.text, amendmentReason: input.reason, authorId: actor.staffId });
        const changes = [{ field: 'amendmentId', from: null, to: JSON.stringify(amendment.id) }];
        return { value: { original, amendment }, revisions: [{ entityType: 'ClinicalNote', entityId: original.id, action: 'AMENDED', changes, reason: input.reason }] };
      },
      { closedPlans: true },
    );
  }
}
