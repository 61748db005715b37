import type { SafetyPlanRow } from '@oneplan/prisma';
import { ACTOR, fake, fakeUnitOfWork, PLAN_ID } from '../../../test/support/unit.js';
import type { ImportedDrafts } from './imported-drafts.js';
import type { PlanContentRepository } from './plan-content.repository.js';
import { PlanContentService } from './plan-content.service.js';
import type { TaskRepository } from './task.repository.js';

const SAFETY_PLAN = { id: 'sp1', planId: PLAN_ID, version: 4, warningSigns: ['Not sleeping'], copingStrategies: [], peopleAndPlaces: [], contacts: [], crisisLines: [] } as unknown as SafetyPlanRow;

describe('PlanContentService (unit)', () => {
  const setup = () => {
    const { work, changes } = fakeUnitOfWork();
    const closing: string[] = [];
    const content = fake<PlanContentRepository>({ safetyPlanOf: async () => SAFETY_PLAN, updateSafetyPlan: async () => true });
    const tasks = fake<TaskRepository>({
      closeReminderTasks: async (_tx: unknown, _plans: string[], purpose: string) => {
        closing.push(purpose);
        return [{ id: 'task', planId: PLAN_ID, from: 'IN_PROGRESS' }];
      },
    });
    return { service: new PlanContentService(content, tasks, work, fake<ImportedDrafts>({ confirm: async () => [] })), changes, closing };
  };

  it("should record a safety plan edit and close the reminders' review tasks with it", async () => {
    const { service, changes, closing } = setup();
    await service.updateSafetyPlan(ACTOR, { planId: PLAN_ID, expectedVersion: 4, warningSigns: ['Not sleeping', 'Isolating'] } as never);
    expect(closing).toEqual(['safety-plan-review']);
    expect(changes[0].revisions).toEqual([
      expect.objectContaining({ entityType: 'SafetyPlan', entityId: 'sp1', action: 'UPDATED' }),
      expect.objectContaining({ entityType: 'Task', entityId: 'task', changes: [{ field: 'status', from: '"IN_PROGRESS"', to: '"DONE"' }] }),
    ]);
  });

  it('should close nothing when the edit changes nothing', async () => {
    const { service, closing, changes } = setup();
    await service.updateSafetyPlan(ACTOR, { planId: PLAN_ID, expectedVersion: 4, warningSigns: ['Not sleeping'] } as never);
    expect(closing).toEqual([]);
    expect(changes[0].revisions ?? []).toEqual([]);
  });
});
