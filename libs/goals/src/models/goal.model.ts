import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, Node } from '@oneplan/graphql';
import { OutcomeMeasureType } from '@oneplan/care-team';
import { GoalStatus } from '@oneplan/prisma';

registerEnumType(GoalStatus, { name: 'GoalStatus', description: 'Where a goal stands.' });

export { GoalStatus, OutcomeMeasureType };

@ObjectType({ implements: () => [Node], description: 'A goal of the plan, addressing one or more problems.' })
export class Goal {
  @Field(() => ID, { description: 'Goal id.' })
  id!: string;

  @Field(() => ID, { description: 'The plan.' })
  planId!: string;

  @Field({ description: "The goal, in the patient's and team's words." })
  statement!: string;

  @Field(() => ID, { description: 'Who owns the goal.' })
  ownerId!: string;

  @Field(() => GoalStatus, { description: 'Proposed, active, achieved, revised or discontinued.' })
  status!: GoalStatus;

  @Field(() => Int, { description: 'Version; edits name the version they saw.' })
  version!: number;

  @Field({ description: 'When the goal was added.' })
  createdAt!: Date;

  @Field({ description: 'When the goal last changed.' })
  updatedAt!: Date;
}

@ObjectType({ implements: () => [Node], description: 'A measurable objective of a goal.' })
export class Objective {
  @Field(() => ID, { description: 'Objective id.' })
  id!: string;

  @Field(() => ID, { description: 'The goal.' })
  goalId!: string;

  @Field({ description: 'What the patient will do.' })
  description!: string;

  @Field({ description: 'What is measured, e.g. days abstinent per week.' })
  measuredBy!: string;

  @Field(() => OutcomeMeasureType, { nullable: true, description: 'The standard outcome measure it targets, if any.' })
  measureType!: OutcomeMeasureType | null;

  @Field(() => Float, { nullable: true, description: 'Where the patient started.' })
  baseline!: number | null;

  @Field(() => Float, { description: 'The target.' })
  target!: number;

  @Field(() => LocalDateScalar, { description: 'When the target should be reached.' })
  targetDate!: Date;

  @Field({ description: 'Whether the objective has been met.' })
  achieved!: boolean;

  @Field(() => Int, { description: 'Version; edits name the version they saw.' })
  version!: number;
}

@ObjectType({ implements: () => [Node], description: 'An intervention used toward a goal, e.g. grounding, urge surfing, distress tolerance, medication.' })
export class Intervention {
  @Field(() => ID, { description: 'Intervention id.' })
  id!: string;

  @Field({ description: 'Name of the intervention.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'How it is used.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'How often.' })
  frequency!: string | null;
}
