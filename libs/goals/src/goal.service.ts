import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { applyVersionedEdit, type FieldChangeValue, PlanRevisionRepository, PlanScopes } from '@oneplan/plan';
import { type GoalRow, type InterventionRow, type ObjectiveRow, type TaskRow, TransactionRunner, type Tx } from '@oneplan/prisma';
import { TaskRepository } from '@oneplan/tasks';
import type { AddGoalInput, AddInterventionInput, AddObjectiveInput, ReviseGoalInput, UpdateObjectiveInput } from './dto/goal.input.js';
import { GoalRepository } from './goal.repository.js';

export interface GoalRevision {
  goal: GoalRow;
  openTasksToReview: TaskRow[];
}

@Injectable()
export class GoalService {
  constructor(
    private readonly goals: GoalRepository,
    private readonly revisions: PlanRevisionRepository,
    private readonly scopes: PlanScopes,
    private readonly tasks: TaskRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  addGoal(actor: Actor, input: AddGoalInput): Promise<GoalRow> {
    const { planId, problemIds, ...fields } = input;
    return this.transactions.run(async (tx) => {
      const scope = await this.scopes.requireOpen(planId, tx);
      await this.scopes.requireItems(tx, planId, 'problem', problemIds, 'problemIds');
      await this.scopes.requireOnTeam(scope, input.ownerId, 'ownerId', undefined, tx);
      const goal = await this.goals.create(tx, { ...fields, status: fields.status ?? 'PROPOSED', planId, createdById: actor.staffId }, [...new Set(problemIds)]);
      await this.revisions.recordCreated(tx, { planId, authorId: actor.staffId, entityType: 'Goal', entityId: goal.id, fields: { ...fields, problemIds } });
      return goal;
    });
  }

  /** Revises a goal; the plan's open tasks come back so the team can review them against the change. */
  reviseGoal(actor: Actor, input: ReviseGoalInput): Promise<GoalRevision> {
    const { goalId, expectedVersion, reason, problemIds, ...patch } = input;
    return this.transactions.run(async (tx) => {
      const current = await this.requireGoal(goalId, tx);
      const scope = await this.scopes.requireOpen(current.planId, tx);
      if (patch.ownerId) await this.scopes.requireOnTeam(scope, patch.ownerId, 'ownerId', undefined, tx);
      const linkChange = problemIds ? await this.problemLinkChange(tx, current, problemIds) : undefined;
      const changes = await applyVersionedEdit({
        entity: 'Goal',
        current,
        expectedVersion,
        patch,
        extraChanges: linkChange ? [linkChange] : [],
        write: (changed) => this.goals.update(tx, goalId, expectedVersion, changed),
        currentVersion: async () => (await this.goals.findById(goalId, tx))?.version,
      });
      if (linkChange) await this.goals.replaceProblems(tx, goalId, [...new Set(problemIds!)]);
      const goal = changes.length ? await this.requireGoal(goalId, tx) : current;
      if (changes.length) await this.revisions.record(tx, { planId: current.planId, authorId: actor.staffId, entityType: 'Goal', entityId: goalId, action: 'UPDATED', changes, reason });
      return { goal, openTasksToReview: await this.tasks.openOfPlan(current.planId, tx) };
    });
  }

  addObjective(actor: Actor, input: AddObjectiveInput): Promise<ObjectiveRow> {
    return this.transactions.run(async (tx) => {
      const goal = await this.requireGoal(input.goalId, tx);
      await this.scopes.requireOpen(goal.planId, tx);
      const objective = await this.goals.createObjective(tx, { ...input, measureType: input.measureType ?? null, baseline: input.baseline ?? null, createdById: actor.staffId });
      const { goalId: _goalId, ...fields } = input;
      await this.revisions.recordCreated(tx, { planId: goal.planId, authorId: actor.staffId, entityType: 'Objective', entityId: objective.id, fields });
      return objective;
    });
  }

  updateObjective(actor: Actor, input: UpdateObjectiveInput): Promise<ObjectiveRow> {
    const { objectiveId, expectedVersion, ...patch } = input;
    return this.transactions.run(async (tx) => {
      const current = await this.goals.findObjective(objectiveId, tx);
      if (!current) throw new NotFoundError('Objective', 'objectiveId');
      const goal = await this.requireGoal(current.goalId, tx);
      await this.scopes.requireOpen(goal.planId, tx);
      const changes = await applyVersionedEdit({
        entity: 'Objective',
        current,
        expectedVersion,
        patch,
        write: (changed) => this.goals.updateObjective(tx, objectiveId, expectedVersion, changed),
        currentVersion: async () => (await this.goals.findObjective(objectiveId, tx))?.version,
      });
      if (changes.length === 0) return current;
      await this.revisions.record(tx, { planId: goal.planId, authorId: actor.staffId, entityType: 'Objective', entityId: objectiveId, action: 'UPDATED', changes });
      return (await this.goals.findObjective(objectiveId, tx))!;
    });
  }

  addIntervention(actor: Actor, input: AddInterventionInput): Promise<InterventionRow> {
    return this.transactions.run(async (tx) => {
      const goal = await this.requireGoal(input.goalId, tx);
      await this.scopes.requireOpen(goal.planId, tx);
      const intervention = await this.goals.createIntervention(tx, { ...input, createdById: actor.staffId });
      const { goalId: _goalId, ...fields } = input;
      await this.revisions.recordCreated(tx, { planId: goal.planId, authorId: actor.staffId, entityType: 'Intervention', entityId: intervention.id, fields });
      return intervention;
    });
  }

  private async requireGoal(goalId: string, tx: Tx): Promise<GoalRow> {
    const goal = await this.goals.findById(goalId, tx);
    if (!goal) throw new NotFoundError('Goal', 'goalId');
    return goal;
  }

  /** The change of problem links, or undefined when the list is the same. */
  private async problemLinkChange(tx: Tx, goal: GoalRow, problemIds: string[]): Promise<FieldChangeValue | undefined> {
    await this.scopes.requireItems(tx, goal.planId, 'problem', problemIds, 'problemIds');
    const before = (await this.goals.problemIdsOf(goal.id, tx)).sort();
    const after = [...new Set(problemIds)].sort();
    if (JSON.stringify(before) === JSON.stringify(after)) return undefined;
    return { field: 'problemIds', from: JSON.stringify(before), to: JSON.stringify(after) };
  }
}
