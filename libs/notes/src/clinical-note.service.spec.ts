import type { ImportedDrafts, PlanScopes } from '@oneplan/plan';
import type { ClinicalNoteRow } from '@oneplan/prisma';
import { ACTOR, fake, fakeUnitOfWork, PLAN_ID } from '../../../test/support/unit.js';
import type { ClinicalNoteRepository } from './clinical-note.repository.js';
import { ClinicalNoteService } from './clinical-note.service.js';

const note = (fields: Partial<ClinicalNoteRow>) => ({ id: 'n1', planId: PLAN_ID, kind: 'PROGRESS', text: 'x', amendsId: null, writtenAt: new Date(), ...fields }) as ClinicalNoteRow;

describe('ClinicalNoteService (unit)', () => {
  const setup = (existing?: ClinicalNoteRow) => {
    const { work, changes } = fakeUnitOfWork();
    const created: Array<Partial<ClinicalNoteRow>> = [];
    const notes = fake<ClinicalNoteRepository>({
      findById: async () => existing ?? null,
      create: async (_tx: unknown, data: Partial<ClinicalNoteRow>) => {
        created.push(data);
        return note({ ...data, id: 'created' });
      },
    });
    return { service: new ClinicalNoteService(notes, fake<PlanScopes>({ requireItems: async () => undefined }), work, fake<ImportedDrafts>({ confirm: async () => [] })), changes, created };
  };
  const add = (service: ClinicalNoteService, fields: object) => service.addNote(ACTOR, { planId: PLAN_ID, kind: 'PROGRESS', text: 'x', noteDate: new Date(), ...fields } as never);

  it('should refuse a session note without its session, and a note naming a subject its kind does not have', async () => {
    const { service } = setup();
    await expect(add(service, { kind: 'SESSION' })).rejects.toMatchObject({ details: { field: 'individualSessionId' } });
    await expect(add(service, { kind: 'PROGRESS', medicationChangeId: 'm1' })).rejects.toMatchObject({ details: { field: 'medicationChangeId' } });
    await expect(add(service, { kind: 'PROGRESS', sudCounseling: true })).rejects.toMatchObject({ details: { field: 'sudCounseling' } });
  });

  it('should amend by adding a note that points at the original, on a closed plan too, never changing the original', async () => {
    const { service, created, changes } = setup(note({ text: 'Original' }));
    const { original, amendment } = await service.amendNote(ACTOR, { noteId: 'n1', text: 'Corrected', reason: 'Wrong dose' });
    expect(original.text).toBe('Original');
    expect(created).toEqual([expect.objectContaining({ amendsId: 'n1', text: 'Corrected', amendmentReason: 'Wrong dose', authorId: ACTOR.staffId })]);
    expect(changes[0]).toMatchObject({ options: { closedPlans: true }, revisions: [{ entityId: 'n1', action: 'AMENDED', reason: 'Wrong dose' }] });
    expect(amendment.id).toBe('created');
  });

  it('should refuse amending an amendment', async () => {
    const { service } = setup(note({ amendsId: 'n0' }));
    await expect(service.amendNote(ACTOR, { noteId: 'n1', text: 'x', reason: 'x' })).rejects.toMatchObject({ details: { field: 'noteId' } });
  });
});
