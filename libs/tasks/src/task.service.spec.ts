import type { PlanScopes, TaskRepository } from '@oneplan/plan';
import type { TaskRow } from '@oneplan/prisma';
import { ACTOR, fake, fakeUnitOfWork, PLAN_ID } from '../../../test/support/unit.js';
import { TaskService } from './task.service.js';

const TASK = { id: 't1', planId: PLAN_ID, status: 'OPEN', ownerId: ACTOR.staffId, dueDate: new Date('2030-01-01'), completedAt: null, version: 1 } as unknown as TaskRow;

describe('TaskService (unit)', () => {
  const setup = () => {
    const { work, changes } = fakeUnitOfWork();
    const writes: object[] = [];
    const tasks = fake<TaskRepository>({
      findById: async () => TASK,
      update: async (_tx: unknown, _id: string, _version: number, data: object) => {
        writes.push(data);
        return true;
      },
    });
    return { service: new TaskService(fake<PlanScopes>({ requireOnTeam: async () => undefined }), tasks, work), changes, writes };
  };

  it('should stamp the completion when a task is done, and write nothing when nothing changes', async () => {
    const { service, writes, changes } = setup();
    await service.updateTask(ACTOR, { taskId: 't1', expectedVersion: 1, status: 'DONE' } as never);
    expect(writes).toEqual([{ status: 'DONE', completedAt: expect.any(Date) }]);
    expect(changes[0].revisions).toEqual([expect.objectContaining({ entityType: 'Task', action: 'UPDATED' })]);
    await service.updateTask(ACTOR, { taskId: 't1', expectedVersion: 1, status: 'OPEN' } as never);
    expect(writes).toHaveLength(1);
    expect(changes[1].revisions).toEqual([]);
  });

  it('should refuse an edit of a version since changed', async () => {
    const { service } = setup();
    await expect(service.updateTask(ACTOR, { taskId: 't1', expectedVersion: 4, status: 'DONE' } as never)).rejects.toMatchObject({ code: 'CONFLICT', details: { currentVersion: 1 } });
  });
});
