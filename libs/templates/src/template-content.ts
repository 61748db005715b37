import { BadUserInputError } from '@oneplan/errors';
import type { CareTeamRole } from '@oneplan/prisma';
import { addDays } from '@oneplan/care-team';
import type { TemplateGoalInput, TemplateProblemInput, TemplateTaskInput } from './dto/plan-template.input.js';
import type { TemplateGoal, TemplateMeasure, TemplateProblem, TemplateTask } from './models/plan-template.model.js';

export interface TemplateContent {
  problems: TemplateProblem[];
  goals: TemplateGoal[];
  tasks: TemplateTask[];
  /** Absent from templates kept before measure schedules. */
  measureSchedule?: TemplateMeasure[];
}

/** The content as stored: optional fields explicit, problem keys unique, every goal's keys naming a template problem. */
export function checkedContent(input: { problems: TemplateProblemInput[]; goals: TemplateGoalInput[]; tasks: TemplateTaskInput[]; measureSchedule: TemplateMeasure[] }): TemplateContent {
  const keys = input.problems.map((problem) => problem.key);
  if (new Set(keys).size !== keys.length) throw new BadUserInputError('problems', 'Each template problem needs a key of its own');
  input.goals.forEach((goal, index) => {
    const unknown = goal.problemKeys.filter((key) => !keys.includes(key));
    if (unknown.length) throw new BadUserInputError(`goals.${index}.problemKeys`, `No template problem has the key ${unknown.join(', ')}`);
  });
  const measures = input.measureSchedule.map((measure) => measure.type);
  if (new Set(measures).size !== measures.length) throw new BadUserInputError('measureSchedule', 'Name each measure once');
  return {
    measureSchedule: input.measureSchedule.map(({ type, everyDays }) => ({ type, everyDays })),
    problems: input.problems.map(({ key, title, description, category }) => ({ key, title, description, category })),
    goals: input.goals.map((goal) => ({
      statement: goal.statement,
      problemKeys: [...new Set(goal.problemKeys)],
      objectives: goal.objectives.map(({ description, measuredBy, measureType, target, targetInDays }) => ({ description, measuredBy, measureType: measureType ?? null, target, targetInDays })),
      interventions: goal.interventions.map(({ name, description, frequency }) => ({ name, description: description ?? null, frequency: frequency ?? null })),
    })),
    tasks: input.tasks.map(({ title, dueInDays, ownerRole }) => ({ title, dueInDays, ownerRole })),
  };
}

/**
 * What applying the content to a plan adds on a given day: each task's owner is the team member holding
 * its role (the primary therapist for THERAPIST when no other therapist is on the team), else the one
 * applying it; notes name what the team should know first.
 */
export function planOf(content: TemplateContent, context: { team: Array<{ staffId: string; role: CareTeamRole }>; titles: Set<string> }, today: Date, actorId: string) {
  const holder = (role: CareTeamRole) =>
    context.team.find((member) => member.role === role)?.staffId ?? (role === 'THERAPIST' ? context.team.find((member) => member.role === 'PRIMARY_THERAPIST')?.staffId : undefined);
  const notes: string[] = [];
  const tasks = content.tasks.map((task) => {
    const ownerId = holder(task.ownerRole);
    if (!ownerId) notes.push(`Nobody on the care team is ${task.ownerRole}: "${task.title}" goes to you`);
    return { ...task, dueDate: addDays(today, task.dueInDays), ownerId: ownerId ?? actorId };
  });
  for (const title of [...content.problems.map((problem) => problem.title), ...content.goals.map((goal) => goal.statement)]) {
    if (context.titles.has(title)) notes.push(`The plan already has "${title}": it would be added again`);
  }
  const goalOwner = holder('PRIMARY_THERAPIST') ?? actorId;
  return { tasks, notes, goalOwner };
}
