import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError, RuleViolationError } from '@oneplan/errors';
import { GoalRepository } from '@oneplan/goals';
import type { Actor } from '@oneplan/graphql';
import { created, PlanContentRepository, PlanRepository, type PlanScope, PlanUnitOfWork, type RevisionDraft, TaskRepository, updated } from '@oneplan/plan';
import { PrismaErrorCode, prismaErrorCode, type Tx } from '@oneplan/prisma';
import { addDays, todayIn } from '@oneplan/care-team';
import type { ApplyPlanTemplateInput, CreatePlanTemplateInput, PreviewPlanTemplateArgs, UpdatePlanTemplateInput } from './dto/plan-template.input.js';
import { type PlanTemplateRow, PlanTemplateRepository } from './plan-template.repository.js';
import { checkedContent, planOf, type TemplateContent } from './template-content.js';

async function uniqueName<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (prismaErrorCode(error) === PrismaErrorCode.UniqueConstraintFailed) throw new BadUserInputError('name', 'The program has a template of this name already');
    throw error;
  }
}

/** Plan templates: kept per program; previewed, then applied to a plan in one unit of work, each item marked with the template. */
@Injectable()
export class PlanTemplateService {
  constructor(
    private readonly content: PlanContentRepository,
    private readonly goals: GoalRepository,
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly templates: PlanTemplateRepository,
    private readonly work: PlanUnitOfWork,
  ) {}

  create(actor: Actor, input: CreatePlanTemplateInput): Promise<PlanTemplateRow> {
    const content = checkedContent(input);
    return uniqueName(this.templates.create({ programId: input.programId, name: input.name, description: input.description, content: content as object, createdById: actor.staffId }));
  }

  async update(input: UpdatePlanTemplateInput): Promise<PlanTemplateRow> {
    const content = checkedContent(input);
    const current = await this.templates.findById(input.templateId);
    if (!current) throw new NotFoundError('PlanTemplate', 'templateId');
    if (!(await uniqueName(this.templates.update(current.id, input.expectedVersion, { name: input.name, description: input.description, content: content as object, active: input.active })))) {
      throw new ConflictError('PlanTemplate', current.version);
    }
    return (await this.templates.findById(current.id))!;
  }

  /** What applying the template would add to the plan today, tasks and their owners included. */
  async preview(actor: Actor, args: PreviewPlanTemplateArgs) {
    const program = await this.templates.planProgram(args.planId);
    if (!program) throw new NotFoundError('TreatmentPlan', 'planId');
    const { content } = await this.usable(args.templateId, program.programId);
    const today = todayIn(program.timeZone);
    const { tasks, notes } = planOf(content, await this.templates.planContext(args.planId, today), today, actor.staffId);
    return { problems: content.problems, goals: content.goals, tasks, notes, measureSchedule: content.measureSchedule ?? [] };
  }

  apply(actor: Actor, input: ApplyPlanTemplateInput): Promise<string> {
    return this.work.change(actor, input.planId, async ({ tx, scope }) => ({ value: scope.planId, revisions: await this.applyIn(tx, actor, scope, input.templateId) }));
  }

  /** Adds the template to a plan inside a change the caller runs (applying it, or an admission from a template); returns the revisions. */
  async applyIn(tx: Tx, actor: Actor, scope: PlanScope, templateId: string): Promise<RevisionDraft[]> {
    const { template, content } = await this.usable(templateId, scope.programId, tx);
    const today = todayIn(scope.timeZone);
    const { tasks, goalOwner } = planOf(content, await this.templates.planContext(scope.planId, today, tx), today, actor.staffId);
    const from = { createdById: actor.staffId, templateId: template.id };
    const revisions: RevisionDraft[] = [];
    const problemIds = new Map<string, string>();
    for (const problem of content.problems) {
      const row = await this.content.createProblem(tx, { planId: scope.planId, title: problem.title, description: problem.description, category: problem.category, ...from });
      problemIds.set(problem.key, row.id);
      revisions.push(created('Problem', row.id, { title: row.title, category: row.category, templateId: template.id }));
    }
    for (const goal of content.goals) {
      const row = await this.goals.create(
        tx,
        { planId: scope.planId, statement: goal.statement, ownerId: goalOwner, status: 'PROPOSED', ...from },
        goal.problemKeys.map((key) => problemIds.get(key)!),
      );
      revisions.push(created('Goal', row.id, { statement: row.statement, templateId: template.id }));
      for (const { targetInDays, ...fields } of goal.objectives) {
        const made = await this.goals.createObjective(tx, { goalId: row.id, ...fields, baseline: null, targetDate: addDays(today, targetInDays), ...from });
        revisions.push(created('Objective', made.id, { description: made.description, templateId: template.id }));
      }
      for (const intervention of goal.interventions) {
        const made = await this.goals.createIntervention(tx, {
          goalId: row.id,
          name: intervention.name,
          description: intervention.description ?? undefined,
          frequency: intervention.frequency ?? undefined,
          ...from,
        });
        revisions.push(created('Intervention', made.id, { name: made.name, templateId: template.id }));
      }
    }
    if (content.measureSchedule?.length) {
      const plan = (await this.plans.findPlan(scope.planId, tx))!;
      await this.plans.setMeasureSchedule(tx, scope.planId, content.measureSchedule);
      revisions.push(
        ...updated(
          'TreatmentPlan',
          scope.planId,
          [{ field: 'measureSchedule', from: JSON.stringify(plan.measureSchedule), to: JSON.stringify(content.measureSchedule) }],
          `From template ${template.name}`,
        ),
      );
    }
    for (const task of tasks) {
      const row = await this.tasks.create(tx, { planId: scope.planId, title: task.title, ownerId: task.ownerId, dueDate: task.dueDate, ...from });
      revisions.push(created('Task', row.id, { title: row.title, dueDate: row.dueDate, ownerId: row.ownerId, templateId: template.id }));
    }
    return revisions;
  }

  /** The template, if it is the program's and offered. */
  private async usable(templateId: string, programId: string, tx?: Tx): Promise<{ template: PlanTemplateRow; content: TemplateContent }> {
    const template = await this.templates.findById(templateId, tx);
    if (!template || template.programId !== programId) throw new NotFoundError('PlanTemplate', 'templateId');
    if (!template.active) throw new RuleViolationError('The template is no longer offered', 'templateId');
    return { template, content: template.content as unknown as TemplateContent };
  }
}
