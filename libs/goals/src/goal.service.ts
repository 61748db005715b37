import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { applyVersionedEdit, created, type FieldChangeValue, PlanScopes, PlanUnitOfWork, TaskRepository, updated } from '@oneplan/plan';
import type { GoalRow, InterventionRow, ObjectiveRow, TaskRow, Tx } from '@oneplan/prisma';
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
    private readonly scopes: PlanScopes,
    private readonly tasks: TaskRepository,
    private readonly work: PlanUnitOfWork,
  ) {}

  async addGoal(actor: Actor, input: AddGoalInput): Promise<GoalRow> {
    const { planId, problemIds, ...fields } = input;
    return this.work.change(actor, planId, async ({ tx, scope }) => {
      await this.scopes.requireItems(tx, planId, 'problem', problemIds, 'problemIds');
      await this.scopes.requireOnTeam(scope, input.ownerId, 'ownerId', undefined, tx);
      const goal = await this.goals.create(tx, { ...fields, status: fields.status ?? 'PROPOSED', planId, createdById: actor.staffId }, [...new Set(problemIds)]);
      return { value: goal, revisions: [created('Goal', goal.id, { ...fields, problemIds })] };
    });
  }

  /** Revises a goal; the plan's open tasks come back so the team can review them against the change. */
  async reviseGoal(actor: Actor, input: ReviseGoalInput): Promise<GoalRevision> {
    const { goalId, expectedVersion, reason, problemIds, ...patch } = input;
    return this.work.change(actor, this.planOfGoal(goalId), async ({ tx, scope }) => {
      const current = await this.requireGoal(goalId, tx);
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
      return { value: { goal, openTasksToReview: await this.tasks.openOfPlan(current.planId, tx) }, revisions: updated('Goal', goalId, changes, reason) };
    });
  }

  async addObjective(actor: Actor, input: AddObjectiveInput): Promise<ObjectiveRow> {
    return this.work.change(actor, this.planOfGoal(input.goalId), async ({ tx }) => {
      const objective = await this.goals.createObjective(tx, { ...input, measureType: input.measureType ?? null, baseline: input.baseline ?? null, createdById: actor.staffId });
      const { goalId: _goalId, ...fields } = input;
      return { value: objective, revisions: [created('Objective', objective.id, fields)] };
    });
  }

  async updateObjective(actor: Actor, input: UpdateObjectiveInput): Promise<ObjectiveRow> {
    const { objectiveId, expectedVersion, ...patch } = input;
    const planOf = async (tx: Tx) => {
      const objective = await this.goals.findObjective(objectiveId, tx);
      if (!objective) throw new NotFoundError('Objective', 'objectiveId');
      return this.planOfGoal(objective.goalId)(tx);
    };
    return this.work.change(actor, planOf, async ({ tx }) => {
      const current = await this.goals.findObjective(objectiveId, tx);
      const changes = await applyVersionedEdit({
        entity: 'Objective',
        current,
        expectedVersion,
        patch,
        write: (changed) => this.goals.updateObjective(tx, objectiveId, expectedVersion, changed),
        currentVersion: async () => (await this.goals.findObjective(objectiveId, tx))?.version,
      });
      return { value: changes.length ? (await this.goals.findObjective(objectiveId, tx))! : current!, revisions: updated('Objective', objectiveId, changes) };
    });
  }

  async addIntervention(actor: Actor, input: AddInterventionInput): Promise<InterventionRow> {
    return this.work.change(actor, this.planOfGoal(input.goalId), async ({ tx }) => {
      const intervention = await this.goals.createIntervention(tx, { ...input, createdById: actor.staffId });
      const { goalId: _goalId, ...fields } = input;
      return { value: intervention, revisions: [created('Intervention', intervention.id, fields)] };
    });
  }

  /** The plan of a goal, read in the transaction (NOT_FOUND on goalId when there is none). */
  private planOfGoal(goalId: string) {
    return async (tx: Tx) => (await this.requireGoal(goalId, tx)).planId;
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
