import { OutboxEventKind } from '@oneplan/outbox';
import { ACTOR, fake, fakeUnitOfWork, PLAN_ID } from '../../../test/support/unit.js';
import type { OutcomeMeasureRepository } from './outcome-measure.repository.js';
import { OutcomeMeasureService } from './outcome-measure.service.js';

describe('OutcomeMeasureService (unit)', () => {
  const setup = () => {
    const { work, changes } = fakeUnitOfWork();
    const created: Array<{ id: string }> = [];
    const measures = fake<OutcomeMeasureRepository>({ insertOf: (measure: { id: string }) => created.push(measure) && {} });
    return { service: new OutcomeMeasureService(measures, work), changes, created };
  };
  const record = (service: OutcomeMeasureService, fields: object) =>
    service.record(ACTOR, { planId: PLAN_ID, type: 'PHQ9', score: 12, selfHarmItem: 1, administeredAt: new Date(), ...fields } as never);

  it('should refuse scores out of range, a PHQ-9 item 9 above the total, a measure in the future, and item 9 on other measures', async () => {
    const { service } = setup();
    await expect(record(service, { score: 28 })).rejects.toMatchObject({ details: { field: 'score' } });
    await expect(record(service, { score: 1, selfHarmItem: 2 })).rejects.toMatchObject({ details: { field: 'selfHarmItem' } });
    await expect(record(service, { administeredAt: new Date(Date.now() + 86_400_000) })).rejects.toMatchObject({ details: { field: 'administeredAt' } });
    await expect(record(service, { type: 'GAD7', score: 5, selfHarmItem: 0 })).rejects.toMatchObject({ details: { field: 'selfHarmItem' } });
  });

  it('should record a measure with its revision and an outbox event that lets the rules judge the risk', async () => {
    const { service, changes, created } = setup();
    await record(service, {});
    const [{ id }] = created;
    expect(changes[0].revisions).toEqual([expect.objectContaining({ entityType: 'OutcomeMeasure', entityId: id, action: 'RECORDED' })]);
    expect(changes[0].events).toEqual([{ kind: OutboxEventKind.OutcomeMeasureRecorded, subjectId: id }]);
  });
});
