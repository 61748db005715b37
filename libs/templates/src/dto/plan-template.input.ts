import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CareTeamRole, OutcomeMeasureType, ProblemCategory } from '@oneplan/prisma';

@InputType({ description: 'A problem a template adds.' })
export class TemplateProblemInput {
  @Field({ description: "The problem's key within the template, which goals name it by (1-40 letters, digits, - or _)." })
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'key must be 1-40 letters, digits, - or _' })
  key!: string;

  @Field({ description: 'Title (1-200 characters).' })
  @Length(1, 200)
  title!: string;

  @Field({ description: 'Description (1-4000 characters).' })
  @Length(1, 4000)
  description!: string;

  @Field(() => ProblemCategory, { description: 'Trauma, substance use or co-occurring.' })
  @IsEnum(ProblemCategory)
  category!: ProblemCategory;
}

@InputType({ description: 'An objective of a template goal.' })
export class TemplateObjectiveInput {
  @Field({ description: 'Description (1-1000 characters).' })
  @Length(1, 1000)
  description!: string;

  @Field({ description: 'How it is measured (1-200 characters).' })
  @Length(1, 200)
  measuredBy!: string;

  @Field(() => OutcomeMeasureType, { nullable: true, description: 'The measure scoring it, if any.' })
  @IsOptional()
  @IsEnum(OutcomeMeasureType)
  measureType?: OutcomeMeasureType | null;

  @Field(() => Float, { description: 'Target value.' })
  @IsNumber()
  @Min(-1000)
  @Max(1000)
  target!: number;

  @Field(() => Int, { description: 'Days from applying the template to the target date (1-365).' })
  @IsInt()
  @Min(1)
  @Max(365)
  targetInDays!: number;
}

@InputType({ description: 'An intervention of a template goal.' })
export class TemplateInterventionInput {
  @Field({ description: 'Name (1-200 characters).' })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Description (up to 2000 characters).' })
  @IsOptional()
  @Length(1, 2000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Frequency (up to 100 characters).' })
  @IsOptional()
  @Length(1, 100)
  frequency?: string | null;
}

@InputType({ description: 'A goal a template adds, with its objectives and interventions.' })
export class TemplateGoalInput {
  @Field({ description: 'Statement (1-1000 characters).' })
  @Length(1, 1000)
  statement!: string;

  @Field(() => [String], { description: 'Keys of the template problems it addresses (1-5).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { each: true, message: 'each problem key must be 1-40 letters, digits, - or _' })
  problemKeys!: string[];

  @Field(() => [TemplateObjectiveInput], { description: 'Objectives (at most 10).' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => TemplateObjectiveInput)
  objectives!: TemplateObjectiveInput[];

  @Field(() => [TemplateInterventionInput], { description: 'Interventions (at most 10).' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => TemplateInterventionInput)
  interventions!: TemplateInterventionInput[];
}

@InputType({ description: 'A standard task a template opens.' })
export class TemplateTaskInput {
  @Field({ description: 'Title (1-200 characters).' })
  @Length(1, 200)
  title!: string;

  @Field(() => Int, { description: 'Days from applying the template to the due date (0-90).' })
  @IsInt()
  @Min(0)
  @Max(90)
  dueInDays!: number;

  @Field(() => CareTeamRole, { description: 'Who on the care team owns it (the one applying the template if nobody holds the role).' })
  @IsEnum(CareTeamRole)
  ownerRole!: CareTeamRole;
}

@InputType({ description: "How often a measure is due on plans the template starts, over the program's setting." })
export class TemplateMeasureInput {
  @Field(() => OutcomeMeasureType, { description: 'The measure.' })
  @IsEnum(OutcomeMeasureType)
  type!: OutcomeMeasureType;

  @Field(() => Int, { description: 'Every how many days (1-90); 0 turns it off.' })
  @IsInt()
  @Min(0)
  @Max(90)
  everyDays!: number;
}

/** A template's content, shared by creating and editing one. */
@InputType({ isAbstract: true })
class TemplateContentInput {
  @Field({ description: 'Name, unique in the program (1-200 characters).' })
  @Length(1, 200)
  name!: string;

  @Field({ description: 'What kind of plan it starts (1-2000 characters).' })
  @Length(1, 2000)
  description!: string;

  @Field(() => [TemplateProblemInput], { description: 'Problems (at most 10).' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => TemplateProblemInput)
  problems!: TemplateProblemInput[];

  @Field(() => [TemplateGoalInput], { description: 'Goals (at most 10).' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => TemplateGoalInput)
  goals!: TemplateGoalInput[];

  @Field(() => [TemplateTaskInput], { description: 'Standard tasks (at most 20).' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TemplateTaskInput)
  tasks!: TemplateTaskInput[];

  @Field(() => [TemplateMeasureInput], { defaultValue: [], description: "Measure schedule over the program's (at most one per measure)." })
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => TemplateMeasureInput)
  measureSchedule: TemplateMeasureInput[] = [];
}

@InputType({ description: 'A new plan template of a program.' })
export class CreatePlanTemplateInput extends TemplateContentInput {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;
}

@InputType({ description: "Replaces a template's content. Name the version you saw." })
export class UpdatePlanTemplateInput extends TemplateContentInput {
  @Field(() => ID, { description: 'The template.' })
  @IsUUID()
  templateId!: string;

  @Field(() => Int, { description: 'The version you edited.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ description: 'Whether it is offered for new plans.', defaultValue: true })
  @IsBoolean()
  active: boolean = true;
}

@InputType({ description: 'Applies a template to a plan.' })
export class ApplyPlanTemplateInput {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID()
  planId!: string;

  @Field(() => ID, { description: "The template, of the plan's program." })
  @IsUUID()
  templateId!: string;
}

@ArgsType()
export class PreviewPlanTemplateArgs {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID()
  planId!: string;

  @Field(() => ID, { description: "The template, of the plan's program." })
  @IsUUID()
  templateId!: string;
}
