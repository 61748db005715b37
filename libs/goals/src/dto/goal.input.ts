import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsNumber, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { LocalDateScalar } from '@oneplan/graphql';
import { GoalStatus, OutcomeMeasureType } from '../models/goal.model.js';

@InputType({ description: 'A new goal.' })
export class AddGoalInput {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID()
  planId!: string;

  @Field({ description: 'The goal (1-2000 characters).' })
  @Length(1, 2000)
  statement!: string;

  @Field(() => [ID], { description: 'The problems of this plan it addresses (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  problemIds!: string[];

  @Field(() => ID, { description: "Owner; a member of the patient's care team." })
  @IsUUID()
  ownerId!: string;

  @Field(() => GoalStatus, { nullable: true, description: 'Initial status (PROPOSED by default).' })
  @IsOptional()
  @IsEnum(GoalStatus)
  status?: GoalStatus;
}

@InputType({ description: 'Revises a goal. Name the version you saw.' })
export class ReviseGoalInput {
  @Field(() => ID, { description: 'The goal.' })
  @IsUUID()
  goalId!: string;

  @Field(() => Int, { description: 'The goal version this edit is based on.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'New statement.' })
  @IsOptional()
  @Length(1, 2000)
  statement?: string;

  @Field(() => [ID], { nullable: true, description: 'The problems it addresses (replaces the list).' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  problemIds?: string[];

  @Field(() => ID, { nullable: true, description: 'New owner.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => GoalStatus, { nullable: true, description: 'New status.' })
  @IsOptional()
  @IsEnum(GoalStatus)
  status?: GoalStatus;

  @Field(() => String, { nullable: true, description: 'Why (kept in the plan history).' })
  @IsOptional()
  @Length(1, 2000)
  reason?: string;
}

@InputType({ description: 'A measurable objective for a goal.' })
export class AddObjectiveInput {
  @Field(() => ID, { description: 'The goal.' })
  @IsUUID()
  goalId!: string;

  @Field({ description: 'What the patient will do (1-2000 characters).' })
  @Length(1, 2000)
  description!: string;

  @Field({ description: 'What is measured (1-500 characters).' })
  @Length(1, 500)
  measuredBy!: string;

  @Field(() => OutcomeMeasureType, { nullable: true, description: 'A standard outcome measure it targets.' })
  @IsOptional()
  @IsEnum(OutcomeMeasureType)
  measureType?: OutcomeMeasureType;

  @Field(() => Float, { nullable: true, description: 'Baseline.' })
  @IsOptional()
  baseline?: number;

  @Field(() => Float, { description: 'Target.' })
  @IsNumber()
  target!: number;

  @Field(() => LocalDateScalar, { description: 'Target date.' })
  @IsDate()
  targetDate!: Date;
}

@InputType({ description: 'Edits an objective. Name the version you saw.' })
export class UpdateObjectiveInput {
  @Field(() => ID, { description: 'The objective.' })
  @IsUUID()
  objectiveId!: string;

  @Field(() => Int, { description: 'The objective version this edit is based on.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOptional()
  @Length(1, 2000)
  description?: string;

  @Field(() => Float, { nullable: true, description: 'New target.' })
  @IsOptional()
  target?: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'New target date.' })
  @IsOptional()
  targetDate?: Date;

  @Field(() => Boolean, { nullable: true, description: 'Whether the objective has been met.' })
  @IsOptional()
  achieved?: boolean;
}

@InputType({ description: 'An intervention toward a goal.' })
export class AddInterventionInput {
  @Field(() => ID, { description: 'The goal.' })
  @IsUUID()
  goalId!: string;

  @Field({ description: 'Name, e.g. urge surfing (1-200 characters).' })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'How it is used (up to 2000 characters).' })
  @IsOptional()
  @Length(1, 2000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'How often (up to 200 characters).' })
  @IsOptional()
  @Length(1, 200)
  frequency?: string;
}
