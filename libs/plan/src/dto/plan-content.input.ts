import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateScalar } from '@oneplan/graphql';
import { ProblemCategory } from '../models/enums.js';
import { ProblemCodesInput } from './problem-codes.input.js';

@InputType({ description: 'A new problem on the plan.' })
export class AddProblemInput extends ProblemCodesInput {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID()
  planId!: string;

  @Field({ description: 'Short title (1-200 characters).' })
  @Length(1, 200)
  title!: string;

  @Field({ description: 'Description (1-4000 characters).' })
  @Length(1, 4000)
  description!: string;

  @Field(() => ProblemCategory, { description: 'Trauma, substance use or co-occurring.' })
  @IsEnum(ProblemCategory)
  category!: ProblemCategory;

  @Field(() => ID, { nullable: true, description: 'A pending imported condition this problem confirms (see TreatmentPlan.pendingImportedItems).' })
  @IsOptional()
  @IsUUID()
  importedItemId?: string | null;
}

@InputType({ description: 'Edits a problem. Name the version you saw.' })
export class UpdateProblemInput extends ProblemCodesInput {
  @Field(() => ID, { description: 'The problem.' })
  @IsUUID()
  problemId!: string;

  @Field(() => Int, { description: 'The problem version this edit is based on.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOptional()
  @Length(1, 4000)
  description?: string;

  @Field(() => ProblemCategory, { nullable: true, description: 'New category.' })
  @IsOptional()
  @IsEnum(ProblemCategory)
  category?: ProblemCategory;

  @Field(() => Boolean, { nullable: true, description: 'Whether the problem is resolved.' })
  @IsOptional()
  resolved?: boolean;

  @Field(() => String, { nullable: true, description: 'Why (kept in the plan history).' })
  @IsOptional()
  @Length(1, 2000)
  reason?: string;
}

@InputType({ description: 'A date around which the patient has struggled.' })
export class AddTriggerDateInput {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID()
  planId!: string;

  @Field({ description: 'What the date is (1-200 characters).' })
  @Length(1, 200)
  label!: string;

  @Field(() => LocalDateScalar, { description: 'The date.' })
  @IsDate()
  date!: Date;

  @Field({ description: 'Whether it comes back every year.', defaultValue: true })
  @IsBoolean()
  recursAnnually: boolean = true;

  @Field(() => Int, { description: 'Days ahead to remind the team (0-90).' })
  @Min(0)
  @Max(90)
  leadTimeDays!: number;
}

@InputType({ description: 'Someone to contact in a crisis.' })
export class SafetyContactInput {
  @Field({ description: 'Name (1-200 characters).' })
  @Length(1, 200)
  name!: string;

  @Field({ description: 'Phone number (3-40 characters).' })
  @Length(3, 40)
  phone!: string;

  @Field(() => String, { nullable: true, description: 'Relationship or role.' })
  @IsOptional()
  @Length(1, 100)
  relationship?: string;
}

@InputType({ description: 'A crisis line.' })
export class CrisisLineInput {
  @Field({ description: 'Name (1-200 characters).' })
  @Length(1, 200)
  name!: string;

  @Field({ description: 'Number (1-40 characters).' })
  @Length(1, 40)
  number!: string;
}

@InputType({ description: 'Edits the safety plan; each list given replaces the one before. Name the version you saw.' })
export class UpdateSafetyPlanInput {
  @Field(() => ID, { description: 'The treatment plan.' })
  @IsUUID()
  planId!: string;

  @Field(() => Int, { description: 'The safety plan version this edit is based on.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => [String], { nullable: true, description: 'Warning signs (up to 30, each 1-500 characters).' })
  @IsOptional()
  @ArrayMaxSize(30)
  @Length(1, 500, { each: true })
  warningSigns?: string[];

  @Field(() => [String], { nullable: true, description: 'Coping strategies (up to 30).' })
  @IsOptional()
  @ArrayMaxSize(30)
  @Length(1, 500, { each: true })
  copingStrategies?: string[];

  @Field(() => [String], { nullable: true, description: 'People and places that help (up to 30).' })
  @IsOptional()
  @ArrayMaxSize(30)
  @Length(1, 500, { each: true })
  peopleAndPlaces?: string[];

  @Field(() => [SafetyContactInput], { nullable: true, description: 'Contacts (up to 20).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SafetyContactInput)
  contacts?: SafetyContactInput[];

  @Field(() => [CrisisLineInput], { nullable: true, description: 'Crisis lines (up to 10).' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CrisisLineInput)
  crisisLines?: CrisisLineInput[];

  @Field(() => String, { nullable: true, description: 'Why (kept in the plan history).' })
  @IsOptional()
  @Length(1, 2000)
  reason?: string;
}
