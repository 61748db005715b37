import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { listCost, LocalDateScalar } from '@oneplan/graphql';
import { CareTeamRole, OutcomeMeasureType, ProblemCategory } from '@oneplan/prisma';

@ObjectType({ description: 'A problem a template adds.' })
export class TemplateProblem {
  @Field({ description: 'Its key in the template.' })
  key!: string;

  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'Description.' })
  description!: string;

  @Field(() => ProblemCategory, { description: 'Category.' })
  category!: ProblemCategory;
}

@ObjectType({ description: 'An objective of a template goal.' })
export class TemplateObjective {
  @Field({ description: 'Description.' })
  description!: string;

  @Field({ description: 'How it is measured.' })
  measuredBy!: string;

  @Field(() => OutcomeMeasureType, { nullable: true, description: 'The measure scoring it.' })
  measureType!: OutcomeMeasureType | null;

  @Field(() => Float, { description: 'Target.' })
  target!: number;

  @Field(() => Int, { description: 'Days from applying to the target date.' })
  targetInDays!: number;
}

@ObjectType({ description: 'An intervention of a template goal.' })
export class TemplateIntervention {
  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Frequency.' })
  frequency!: string | null;
}

@ObjectType({ description: 'A goal a template adds.' })
export class TemplateGoal {
  @Field({ description: 'Statement.' })
  statement!: string;

  @Field(() => [String], { complexity: listCost(5), description: 'Keys of the problems it addresses.' })
  problemKeys!: string[];

  @Field(() => [TemplateObjective], { complexity: listCost(10), description: 'Objectives.' })
  objectives!: TemplateObjective[];

  @Field(() => [TemplateIntervention], { complexity: listCost(10), description: 'Interventions.' })
  interventions!: TemplateIntervention[];
}

@ObjectType({ description: 'A standard task a template opens.' })
export class TemplateTask {
  @Field({ description: 'Title.' })
  title!: string;

  @Field(() => Int, { description: 'Days from applying to the due date.' })
  dueInDays!: number;

  @Field(() => CareTeamRole, { description: 'Who owns it.' })
  ownerRole!: CareTeamRole;
}

@ObjectType({ description: 'How often a measure is due on plans a template starts.' })
export class TemplateMeasure {
  @Field(() => OutcomeMeasureType, { description: 'The measure.' })
  type!: OutcomeMeasureType;

  @Field(() => Int, { description: 'Every how many days; 0: off.' })
  everyDays!: number;
}

@ObjectType({ description: "A program's starting point for plans of one kind." })
export class PlanTemplate {
  @Field(() => ID, { description: 'The template.' })
  id!: string;

  @Field(() => ID, { description: 'Its program.' })
  programId!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field({ description: 'What kind of plan it starts.' })
  description!: string;

  @Field({ description: 'Whether it is offered for new plans.' })
  active!: boolean;

  @Field(() => Int, { description: 'Version, for edits.' })
  version!: number;

  @Field(() => [TemplateProblem], { complexity: listCost(10), description: 'Problems.' })
  problems!: TemplateProblem[];

  @Field(() => [TemplateGoal], { complexity: listCost(10), description: 'Goals.' })
  goals!: TemplateGoal[];

  @Field(() => [TemplateTask], { complexity: listCost(20), description: 'Standard tasks.' })
  tasks!: TemplateTask[];

  @Field(() => [TemplateMeasure], { complexity: listCost(5), description: "Measure schedule over the program's." })
  measureSchedule!: TemplateMeasure[];
}

@ObjectType({ description: 'A task applying the template would open, with its owner and due date.' })
export class PreviewTask {
  @Field({ description: 'Title.' })
  title!: string;

  @Field(() => LocalDateScalar, { description: 'Due date.' })
  dueDate!: Date;

  @Field(() => CareTeamRole, { description: 'The role meant to own it.' })
  ownerRole!: CareTeamRole;

  @Field(() => ID, { description: 'Who would own it.' })
  ownerId!: string;
}

@ObjectType({ description: 'What applying a template to a plan would add, before it does.' })
export class TemplatePreview {
  @Field(() => [TemplateProblem], { complexity: listCost(10), description: 'Problems it would add.' })
  problems!: TemplateProblem[];

  @Field(() => [TemplateGoal], { complexity: listCost(10), description: 'Goals it would add, with their objectives and interventions.' })
  goals!: TemplateGoal[];

  @Field(() => [PreviewTask], { complexity: listCost(20), description: 'Tasks it would open.' })
  tasks!: PreviewTask[];

  @Field(() => [TemplateMeasure], { complexity: listCost(5), description: 'The measure schedule it would set on the plan.' })
  measureSchedule!: TemplateMeasure[];

  @Field(() => [String], { complexity: listCost(20), description: 'What to know first (a role nobody on the team holds, titles the plan has already).' })
  notes!: string[];
}
