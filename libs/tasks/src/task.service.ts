import { Injectable } from '@nestjs/common';
import { NotFoundError, RuleViolationError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { applyVersionedEdit, created, PlanScopes, PlanUnitOfWork, type TaskFields, TaskRepository, updated } from '@oneplan/plan';
import type { TaskRow, Tx } from '@oneplan/prisma';
import type { AddTaskInput, UpdateTaskInput } from './dto/task.input.js';

const FINISHED = new Set(['DONE', 'CANCELLED']);

@Injectable()
export class TaskService {
  constructor(
    private readonly scopes: PlanScopes,
    private readonly tasks: TaskRepository,
    private readonly work: PlanUnitOfWork,
  ) {}

  async addTask(actor: Actor, input: AddTaskInput): Promise<TaskRow> {
    return this.work.change(actor, input.planId, async ({ tx, scope }) => {
      await this.scopes.requireOnTeam(scope, input.ownerId, 'ownerId', undefined, tx);
      await this.scopes.requireItems(tx, input.planId, 'goal', input.goalId ? [input.goalId] : [], 'goalId');
      await this.scopes.requireItems(tx, input.planId, 'individualSession', input.individualSessionId ? [input.individualSessionId] : [], 'individualSessionId');
      const task = await this.tasks.create(tx, { ...input, createdById: actor.staffId });
      const { planId: _planId, ...fields } = input;
      return { value: task, revisions: [created('Task', task.id, fields)] };
    });
  }

  async updateTask(actor: Actor, input: UpdateTaskInput): Promise<TaskRow> {
    const { taskId, expectedVersion, ...edit } = input;
    const planOf = async (tx: Tx) => {
      const task = await this.tasks.findById(taskId, tx);
      if (!task) throw new NotFoundError('Task', 'taskId');
      // Before admission a task is closed by the intake act it asks for, which the assessment records.
      if (!task.planId) throw new RuleViolationError('This task is on an intake assessment: recordIntakeSafetyCheck or recordReferralArrival closes it', 'taskId');
      return task.planId;
    };
    return this.work.change(
      actor,
      planOf,
      async ({ tx, scope }) => {
        const current = (await this.tasks.findById(taskId, tx))!;
        if (edit.ownerId) await this.scopes.requireOnTeam(scope, edit.ownerId, 'ownerId', undefined, tx);
        const patch: Partial<TaskFields> = { ...edit };
        if (edit.status && edit.status !== current.status) patch.completedAt = FINISHED.has(edit.status) ? new Date() : null;
        const changes = await applyVersionedEdit({
          entity: 'Task',
          current,
          expectedVersion,
          patch,
          write: (changed) => this.tasks.update(tx, taskId, expectedVersion, changed),
          currentVersion: async () => (await this.tasks.findById(taskId, tx))?.version,
        });
        return { value: changes.length ? (await this.tasks.findById(taskId, tx))! : current, revisions: updated('Task', taskId, changes) };
        // A discharged patient's aftercare tasks live on the closed plan: they are still worked and closed.
      },
      { closedPlans: true },
    );
  }
}
