import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@oneplan/errors';
import { ReminderTaskPurpose, ReminderTasks } from '@oneplan/outbox';
import type { Actor } from '@oneplan/graphql';
import { type ProblemRow, type SafetyPlanRow, TransactionRunner, type TriggerDateRow } from '@oneplan/prisma';
import type { AddProblemInput, AddTriggerDateInput, UpdateProblemInput, UpdateSafetyPlanInput } from './dto/plan-content.input.js';
import { PlanContentRepository, type SafetyPlanFields } from './plan-content.repository.js';
import { PlanRevisionRepository } from './plan-revision.repository.js';
import { PlanScopes } from './plan-scopes.js';
import { applyVersionedEdit } from './versioned-edit.js';

/** Problems, trigger dates and the safety plan: each change in one transaction with its revision. */
@Injectable()
export class PlanContentService {
  constructor(
    private readonly content: PlanContentRepository,
    private readonly reminderTasks: ReminderTasks,
    private readonly revisions: PlanRevisionRepository,
    private readonly scopes: PlanScopes,
    private readonly transactions: TransactionRunner,
  ) {}

  addProblem(actor: Actor, input: AddProblemInput): Promise<ProblemRow> {
    return this.transactions.run(async (tx) => {
      await this.scopes.requireOpen(input.planId, tx);
      const problem = await this.content.createProblem(tx, { ...input, createdById: actor.staffId });
      await this.revisions.recordCreated(tx, {
        planId: input.planId,
        authorId: actor.staffId,
        entityType: 'Problem',
        entityId: problem.id, fields: { title: input.title, description: input.description, category: input.category } });
      return problem;
    });
  }

  updateProblem(actor: Actor, input: UpdateProblemInput): Promise<ProblemRow> {
    const { problemId, expectedVersion, reason, ...patch } = input;
    return this.transactions.run(async (tx) => {
      const [current] = await this.content.problemsByIds([problemId], tx);
      if (!current) throw new NotFoundError('Problem', 'problemId');
      await this.scopes.requireOpen(current.planId, tx);
      const changes = await applyVersionedEdit({
        entity: 'Problem',
        current,
        expectedVersion,
        patch,
        write: (changed) => this.content.updateProblem(tx, problemId, expectedVersion, changed),
        currentVersion: async () => (await this.content.problemsByIds([problemId], tx))[0]?.version,
      });
      if (changes.length === 0) return current;
      await this.revisions.record(tx, { planId: current.planId, authorId: actor.staffId, entityType: 'Problem', entityId: problemId, action: 'UPDATED', changes, reason });
      return (await this.content.problemsByIds([problemId], tx))[0];
    });
  }

  addTriggerDate(actor: Actor, input: AddTriggerDateInput): Promise<TriggerDateRow> {
    return this.transactions.run(async (tx) => {
      await this.scopes.requireOpen(input.planId, tx);
      const triggerDate = await this.content.createTriggerDate(tx, { ...input, createdById: actor.staffId });
      const { planId: _planId, ...fields } = input;
      await this.revisions.recordCreated(tx, {
        planId: input.planId,
        authorId: actor.staffId,
        entityType: 'TriggerDate',
        entityId: triggerDate.id, fields });
      return triggerDate;
    });
  }

  updateSafetyPlan(actor: Actor, input: UpdateSafetyPlanInput): Promise<SafetyPlanRow> {
    const { planId, expectedVersion, reason, ...lists } = input;
    const patch = Object.fromEntries(
      Object.entries(lists).map(([key, value]) => [key, Array.isArray(value) ? value.map((item) => (typeof item === 'object' ? { ...item } : item)) : value]),
    ) as Partial<SafetyPlanFields>;
    return this.transactions.run(async (tx) => {
      await this.scopes.requireOpen(planId, tx);
      const current = await this.content.safetyPlanOf(planId, tx);
      const changes = await applyVersionedEdit({
        entity: 'SafetyPlan',
        current,
        expectedVersion,
        patch,
        write: (changed) => this.content.updateSafetyPlan(tx, planId, expectedVersion, changed, actor.staffId),
        currentVersion: async () => (await this.content.safetyPlanOf(planId, tx))?.version,
      });
      if (changes.length === 0) return current!;
      await this.revisions.record(tx, { planId, authorId: actor.staffId, entityType: 'SafetyPlan', entityId: current!.id, action: 'UPDATED', changes, reason });
      await this.reminderTasks.complete(tx, [planId], ReminderTaskPurpose.SafetyPlanReview);
      return (await this.content.safetyPlanOf(planId, tx))!;
    });
  }
}
