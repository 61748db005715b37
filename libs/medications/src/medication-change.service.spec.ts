import { OutboxEventKind } from '@oneplan/outbox';
import type { ImportedDrafts, PlanScopes } from '@oneplan/plan';
import type { MedicationChangeRow } from '@oneplan/prisma';
import { ACTOR, fake, fakeUnitOfWork, PLAN_ID } from '../../../test/support/unit.js';
import type { RecordMedicationChangeInput } from './dto/medication-change.input.js';
import type { MedicationChangeRepository } from './medication-change.repository.js';
import { MedicationChangeService } from './medication-change.service.js';

const onList = (name: string) =>
  ({ id: 'm1', planId: PLAN_ID, medicationName: name, rxNormCode: null, changeType: 'START', effectiveAt: new Date(), createdAt: new Date() }) as unknown as MedicationChangeRow;
const input = (changes: Partial<RecordMedicationChangeInput>) =>
  ({
    planId: PLAN_ID,
    medicationName: 'Sertraline',
    dose: '50 mg',
    route: 'oral',
    frequency: 'daily',
    changeType: 'START',
    reason: 'x',
    effectiveAt: new Date(),
    goalIds: [],
    ...changes,
  }) as RecordMedicationChangeInput;

describe('MedicationChangeService (unit)', () => {
  const setup = (current: MedicationChangeRow[]) => {
    const { work, changes } = fakeUnitOfWork();
    const created: Array<{ change: { id: string }; goalIds: string[] }> = [];
    const repository = fake<MedicationChangeRepository>({
      latestOfMedication: async () => current,
      insertsOf: (change: { id: string }, goalIds: string[]) => {
        created.push({ change, goalIds });
        return [{}];
      },
    });
    const scopes = fake<PlanScopes>({ requireItems: async () => undefined });
    return { service: new MedicationChangeService(repository, scopes, work, fake<ImportedDrafts>({ confirm: async () => [] })), changes, created };
  };

  it('should refuse a START of a medication already on the list (by name, whatever its case and spaces)', async () => {
    const { service, created } = setup([onList('Sertraline')]);
    await expect(service.record(ACTOR, input({ medicationName: ' sertraline ' }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'changeType' } });
    expect(created).toEqual([]);
  });

  it('should refuse an ADJUST or STOP of a medication not on the list', async () => {
    const { service } = setup([]);
    await expect(service.record(ACTOR, input({ changeType: 'STOP' }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'medicationName' } });
  });

  it('should record a START with its revision and tell the team through the outbox', async () => {
    const { service, changes, created } = setup([onList('Prazosin')]);
    await service.record(ACTOR, input({ goalIds: ['g1', 'g1'] }));
    const [{ change, goalIds }] = created;
    expect(goalIds).toEqual(['g1']);
    expect(changes[0].revisions).toEqual([expect.objectContaining({ entityType: 'MedicationChange', entityId: change.id, action: 'RECORDED' })]);
    expect(changes[0].events).toEqual([{ kind: OutboxEventKind.MedicationChanged, subjectId: change.id }]);
  });
});
