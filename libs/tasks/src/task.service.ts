import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { applyVersionedEdit, PlanRevisionRepository, PlanScopes } from '@oneplan/plan';
import { type TaskRow, TransactionRunner } from '@oneplan/prisma';
import type { AddTaskInput, UpdateTaskInput } from './dto/task.input.js';
import { type TaskFields, TaskRepository } from './task.repository.js';

const FINISHED = new Set(['DONE', 'CANCELLED']);

@Injectable()
export class TaskService {
  constructor(
    private readonly revisions: PlanRevisionRepository,
    private readonly scopes: PlanScopes,
    private readonly tasks: TaskRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  addTask(actor: Actor, input: AddTaskInput): Promise<TaskRow> {
    return this.transactions.run(async (tx) => {
      const scope = await this.scopes.requireOpen(input.planId, tx);
      await this.scopes.requireOnTeam(scope, input.ownerId, 'ownerId', undefined, tx);
      await this.scopes.requireItems(tx, input.planId, 'goal', input.goalId ? [input.goalId] : [], 'goalId');
      await this.scopes.requireItems(tx, input.planId, 'individualSession', input.individualSessionId ? [input.individualSessionId] : [], 'individualSessionId');
      const task = await this.tasks.create(tx, { ...input, createdById: actor.staffId });
      const { planId: _planId, ...fields } = input;
      await this.revisions.recordCreated(tx, { planId: input.planId, authorId: actor.staffId, entityType: 'Task', entityId: task.id, fields });
      return task;
    });
  }

  updateTask(actor: Actor, input: UpdateTaskInput): Promise<TaskRow> {
    const { taskId, expectedVersion, ...edit } = input;
    return this.transactions.run(async (tx) => {
      const current = await this.tasks.findById(taskId, tx);
      if (!current) throw new NotFoundError('Task', 'taskId');
      const scope = await this.scopes.requireOpen(current.planId, tx);
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
      if (changes.length === 0) return current;
      await this.revisions.record(tx, { planId: current.planId, authorId: actor.staffId, entityType: 'Task', entityId: taskId, action: 'UPDATED', changes });
      return (await this.tasks.findById(taskId, tx))!;
    });
  }
}
