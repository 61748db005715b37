import type { CareTeamRepository } from '@oneplan/care-team';
import { OutboxEventKind } from '@oneplan/outbox';
import type { SafetyPlanRow, TreatmentPlanRow } from '@oneplan/prisma';
import { ACTOR, fake, fakeUnitOfWork, PLAN_ID } from '../../../test/support/unit.js';
import type { PlanContentRepository } from './plan-content.repository.js';
import type { PlanRepository } from './plan.repository.js';
import { PlanService } from './plan.service.js';
import type { TaskRepository } from './task.repository.js';

const PLAN = { id: PLAN_ID, version: 3, phase: 'STABILIZATION', levelOfCare: 'IOP', referredOutTo: null, status: 'ACTIVE', nextReviewDate: new Date('2030-01-01') } as unknown as TreatmentPlanRow;
const COMPLETE = { warningSigns: ['a'], copingStrategies: ['b'], peopleAndPlaces: ['c'], contacts: [{}], crisisLines: [{}] } as unknown as SafetyPlanRow;

describe('PlanService (unit)', () => {
  const setup = (safetyPlan: SafetyPlanRow | null, readinessNote: boolean) => {
    const { work, changes } = fakeUnitOfWork();
    const headers: object[] = [];
    const closed: string[] = [];
    const plans = fake<PlanRepository>({
      findPlan: async () => PLAN,
      hasReadinessNote: async () => readinessNote,
      updateHeader: async (_tx: unknown, _id: string, _version: number, data: object) => {
        headers.push(data);
        return true;
      },
      createPhaseChange: async (_tx: unknown, data: object) => ({ id: 'phase-change', ...data }),
    });
    const tasks = fake<TaskRepository>({
      closeReminderTasks: async (_tx: unknown, _plans: string[], purpose: string) => {
        closed.push(purpose);
        return [];
      },
    });
    const service = new PlanService(fake<CareTeamRepository>({}), fake<PlanContentRepository>({ safetyPlanOf: async () => safetyPlan }), plans, tasks, work);
    return { service, changes, headers, closed };
  };

  it('should refuse trauma processing before stabilization is complete, naming what is missing', async () => {
    const { service, headers } = setup({ ...COMPLETE, contacts: [] } as SafetyPlanRow, false);
    await expect(service.changePhase(ACTOR, { planId: PLAN_ID, expectedVersion: 3, phase: 'TRAUMA_PROCESSING', reason: 'x' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'phase', missing: ['safety plan: contacts', 'a readiness note'] },
    });
    expect(headers).toEqual([]);
  });

  it('should move to trauma processing once the safety plan is complete and readiness noted, telling the team', async () => {
    const { service, changes, headers } = setup(COMPLETE, true);
    const { change } = await service.changePhase(ACTOR, { planId: PLAN_ID, expectedVersion: 3, phase: 'TRAUMA_PROCESSING', reason: 'Ready' });
    expect(headers).toEqual([{ phase: 'TRAUMA_PROCESSING' }]);
    expect(change).toMatchObject({ id: 'phase-change', toPhase: 'TRAUMA_PROCESSING' });
    expect(changes[0].events).toEqual([{ kind: OutboxEventKind.PhaseChanged, subjectId: 'phase-change' }]);
  });

  it('should refuse a stale version with CONFLICT', async () => {
    const { service } = setup(COMPLETE, true);
    await expect(service.updatePlan(ACTOR, { planId: PLAN_ID, expectedVersion: 2, status: 'ACTIVE' } as never)).rejects.toMatchObject({ code: 'CONFLICT', details: { currentVersion: 3 } });
  });

  it('should close the review tasks reminders opened once the next review date is set', async () => {
    const { service, closed } = setup(COMPLETE, true);
    await service.updatePlan(ACTOR, { planId: PLAN_ID, expectedVersion: 3, nextReviewDate: new Date('2030-02-01') } as never);
    expect(closed).toEqual(['plan-review']);
  });
});
