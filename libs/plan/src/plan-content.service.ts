import { Injectable } from '@nestjs/common';
import { BadUserInputError, NotFoundError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import type { ProblemRow, SafetyPlanRow, TriggerDateRow, Tx } from '@oneplan/prisma';
import type { AddProblemInput, AddTriggerDateInput, UpdateProblemInput, UpdateSafetyPlanInput } from './dto/plan-content.input.js';
import { PlanContentRepository, type ProblemCodes, type SafetyPlanFields } from './plan-content.repository.js';
import { ReminderTaskPurpose, TaskRepository } from './task.repository.js';
import { closedTasks, created, PlanUnitOfWork, updated } from './unit-of-work.js';
import { applyVersionedEdit } from './versioned-edit.js';
import { ImportedDrafts } from './imported-drafts.js';

/** Problems, trigger dates and the safety plan. */
@Injectable()
export class PlanContentService {
  constructor(
    private readonly content: PlanContentRepository,
    private readonly tasks: TaskRepository,
    private readonly work: PlanUnitOfWork,
    private readonly drafts: ImportedDrafts,
  ) {}

  async addProblem(actor: Actor, input: AddProblemInput): Promise<ProblemRow> {
    checkCodePairs(input);
    return this.work.change(actor, input.planId, async ({ tx }) => {
      const { planId: _planId, importedItemId, ...recorded } = input;
      const problem = await this.content.createProblem(tx, { ...recorded, planId: input.planId, createdById: actor.staffId });
      const confirmed = await this.drafts.confirm(tx, actor, input.planId, importedItemId, 'CONDITION', problem.id);
      return { value: problem, revisions: [created('Problem', problem.id, recorded), ...confirmed] };
    });
  }

  async updateProblem(actor: Actor, input: UpdateProblemInput): Promise<ProblemRow> {
    const { problemId, expectedVersion, reason, ...patch } = input;
    const find = async (tx: Tx) => (await this.content.problemsByIds([problemId], tx))[0];
    const planOf = async (tx: Tx) => {
      const problem = await find(tx);
      if (!problem) throw new NotFoundError('Problem', 'problemId');
      return problem.planId;
    };
    return this.work.change(actor, planOf, async ({ tx }) => {
      const current = await find(tx);
      checkCodePairs({ ...current, ...patch });
      const changes = await applyVersionedEdit({
        entity: 'Problem',
        current,
        expectedVersion,
        patch,
        write: (changed) => this.content.updateProblem(tx, problemId, expectedVersion, changed),
        currentVersion: async () => (await find(tx))?.version,
      });
      return { value: changes.length ? await find(tx) : current, revisions: updated('Problem', problemId, changes, reason) };
    });
  }

  async addTriggerDate(actor: Actor, input: AddTriggerDateInput): Promise<TriggerDateRow> {
    return this.work.change(actor, input.planId, async ({ tx }) => {
      const triggerDate = await this.content.createTriggerDate(tx, { ...input, createdById: actor.staffId });
      const { planId: _planId, ...fields } = input;
      return { value: triggerDate, revisions: [created('TriggerDate', triggerDate.id, fields)] };
    });
  }

  async updateSafetyPlan(actor: Actor, input: UpdateSafetyPlanInput): Promise<SafetyPlanRow> {
    const { planId, expectedVersion, reason, ...lists } = input;
    const patch = Object.fromEntries(
      Object.entries(lists).map(([key, value]) => [key, Array.isArray(value) ? value.map((item) => (typeof item === 'object' ? { ...item } : item)) : value]),
    ) as Partial<SafetyPlanFields>;
    return this.work.change(actor, planId, async ({ tx }) => {
      const current = await this.content.safetyPlanOf(planId, tx);
      const changes = await applyVersionedEdit({
        entity: 'SafetyPlan',
        current,
        expectedVersion,
        patch,
        write: (changed) => this.content.updateSafetyPlan(tx, planId, expectedVersion, changed, actor.staffId),
        currentVersion: async () => (await this.content.safetyPlanOf(planId, tx))?.version,
      });
      if (changes.length === 0) return { value: current! };
      const closed = await this.tasks.closeReminderTasks(tx, [planId], ReminderTaskPurpose.SafetyPlanReview);
      return { value: (await this.content.safetyPlanOf(planId, tx))!, revisions: [...updated('SafetyPlan', current!.id, changes, reason), ...closedTasks(closed)] };
    });
  }
}

/** A problem's codes come with their displays: a code without its display (or the reverse) is refused. */
function checkCodePairs(codes: Partial<ProblemCodes>): void {
  for (const [code, display] of [
    ['snomedCode', 'snomedDisplay'],
    ['icd10Code', 'icd10Display'],
  ] as const) {
    if (Boolean(codes[code]) !== Boolean(codes[display])) throw new BadUserInputError(codes[code] ? display : code, `${code} and ${display} go together`);
  }
}
