import type { PlanScopes } from '@oneplan/plan';
import { ACTOR, fake, fakeUnitOfWork, PLAN_ID } from '../../../test/support/unit.js';
import type { IndividualSessionRepository } from './individual-session.repository.js';
import { IndividualSessionService } from './individual-session.service.js';

describe('IndividualSessionService (unit)', () => {
  const setup = (phase: string) => {
    const { work } = fakeUnitOfWork({ phase: phase as never });
    const sessions = fake<IndividualSessionRepository>({ create: async (_tx: unknown, data: object) => ({ id: 's1', ...data }) });
    return new IndividualSessionService(fake<PlanScopes>({ requireOnTeam: async () => undefined, requireItems: async () => undefined }), sessions, work);
  };
  const schedule = (service: IndividualSessionService, type: string) =>
    service.schedule(ACTOR, {
      planId: PLAN_ID,
      therapistId: ACTOR.staffId,
      type,
      scheduledStart: new Date('2030-01-01T10:00:00Z'),
      scheduledEnd: new Date('2030-01-01T11:00:00Z'),
      goalIds: [],
    } as never);

  it('should refuse a trauma processing session while the plan is in stabilization, and allow it later', async () => {
    await expect(schedule(setup('STABILIZATION'), 'TRAUMA_PROCESSING')).rejects.toMatchObject({ details: { field: 'type' } });
    await expect(schedule(setup('TRAUMA_PROCESSING'), 'TRAUMA_PROCESSING')).resolves.toMatchObject({ id: 's1' });
  });

  it('should refuse a session that ends before it starts, and a completed session without its actual times', async () => {
    const service = setup('STABILIZATION');
    await expect(
      service.schedule(ACTOR, {
        planId: PLAN_ID,
        therapistId: ACTOR.staffId,
        type: 'THERAPY',
        scheduledStart: new Date('2030-01-01T11:00:00Z'),
        scheduledEnd: new Date('2030-01-01T10:00:00Z'),
      } as never),
    ).rejects.toMatchObject({
      details: { field: 'scheduledEnd' },
    });
    await expect(service.recordOutcome(ACTOR, { sessionId: 's1', expectedVersion: 1, status: 'COMPLETED' } as never)).rejects.toMatchObject({ details: { field: 'actualStart' } });
  });
});
