import type { PlanScopes, TaskRepository } from '@oneplan/plan';
import type { GoalRow } from '@oneplan/prisma';
import { ACTOR, fake, fakeUnitOfWork, PLAN_ID } from '../../../test/support/unit.js';
import type { GoalRepository } from './goal.repository.js';
import { GoalService } from './goal.service.js';

const GOAL = { id: 'g1', planId: PLAN_ID, statement: 'Sleep', status: 'ACTIVE', ownerId: ACTOR.staffId, version: 2 } as unknown as GoalRow;

describe('GoalService (unit)', () => {
  const setup = () => {
    const { work, changes } = fakeUnitOfWork();
    const replaced: string[][] = [];
    const goals = fake<GoalRepository>({
      findById: async () => GOAL,
      problemIdsOf: async () => ['p2', 'p1'],
      update: async () => true,
      replaceProblems: async (_tx: unknown, _id: string, ids: string[]) => {
        replaced.push(ids);
      },
    });
    const scopes = fake<PlanScopes>({ requireItems: async () => undefined, requireOnTeam: async () => undefined });
    const service = new GoalService(goals, scopes, fake<TaskRepository>({ openOfPlan: async () => [] }), work);
    return { service, changes, replaced };
  };

  it('should treat the same problems in another order as no change', async () => {
    const { service, changes, replaced } = setup();
    await service.reviseGoal(ACTOR, { goalId: 'g1', expectedVersion: 2, problemIds: ['p1', 'p2', 'p1'] } as never);
    expect(replaced).toEqual([]);
    expect(changes[0].revisions).toEqual([]);
  });

  it('should record a new set of problems as a change of the goal, with the reason given', async () => {
    const { service, changes, replaced } = setup();
    await service.reviseGoal(ACTOR, { goalId: 'g1', expectedVersion: 2, problemIds: ['p3'], reason: 'New problem list' } as never);
    expect(replaced).toEqual([['p3']]);
    expect(changes[0].revisions).toEqual([
      expect.objectContaining({ entityType: 'Goal', action: 'UPDATED', reason: 'New problem list', changes: [{ field: 'problemIds', from: '["p1","p2"]', to: '["p3"]' }] }),
    ]);
  });
});
