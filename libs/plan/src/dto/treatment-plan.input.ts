import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsIn, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { LevelOfCare, ReferralDestination } from '@oneplan/care-team';
import { ConnectionArgs, LocalDateScalar } from '@oneplan/graphql';
import { PlanStatus, TreatmentPhase } from '../models/enums.js';
import { AsamRatingInput } from './asam.input.js';

@InputType({ description: 'Starts the treatment plan of an episode of care (as a draft, in stabilization).' })
export class CreateTreatmentPlanInput {
  @Field(() => ID, { description: 'The episode of care.' })
  @IsUUID()
  episodeId!: string;

  @Field(() => LevelOfCare, { nullable: true, description: "Level of care; defaults to the program's." })
  @IsOptional()
  @IsEnum(LevelOfCare)
  levelOfCare?: LevelOfCare;
}

@InputType({ description: "Edits the plan's header. Name the version you saw." })
export class UpdateTreatmentPlanInput {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID()
  planId!: string;

  @Field(() => Int, { description: 'The plan version this edit is based on.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => PlanStatus, { nullable: true, description: 'New status; CLOSED is final.' })
  @IsOptional()
  @IsEnum(PlanStatus)
  status?: PlanStatus;

  @Field(() => Int, { nullable: true, description: 'Days between reviews (1-180).' })
  @IsOptional()
  @Min(1)
  @Max(180)
  reviewCadenceDays?: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Next review date.' })
  @IsOptional()
  nextReviewDate?: Date;

  @Field(() => String, { nullable: true, description: 'Why (kept in the plan history).' })
  @IsOptional()
  @Length(1, 2000)
  reason?: string;
}

@InputType({ description: 'Moves the plan to another phase of care.' })
export class ChangePhaseInput {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID()
  planId!: string;

  @Field(() => Int, { description: 'The plan version this change is based on.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => TreatmentPhase, { description: 'The new phase. TRAUMA_PROCESSING needs a complete safety plan and a readiness note.' })
  @IsEnum(TreatmentPhase)
  phase!: TreatmentPhase;

  @Field({ description: 'Why (1-2000 characters).' })
  @Length(1, 2000)
  reason!: string;
}

@InputType({ description: 'Steps the level of care up or down, or refers the patient out. Give toLevel or referralTo, not both.' })
export class ChangeLevelOfCareInput {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID()
  planId!: string;

  @Field(() => Int, { description: 'The plan version this change is based on.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => LevelOfCare, { nullable: true, description: 'The new level of care.' })
  @IsOptional()
  @IsEnum(LevelOfCare)
  toLevel?: LevelOfCare;

  @Field(() => ReferralDestination, { nullable: true, description: 'Refer out to detox or residential care instead.' })
  @IsOptional()
  @IsIn(Object.values(ReferralDestination))
  referralTo?: ReferralDestination;

  @Field({ description: 'Why (1-2000 characters).' })
  @Length(1, 2000)
  reason!: string;

  @Field(() => [AsamRatingInput], {
    defaultValue: [],
    description: 'The short re-assessment that justifies the change: all six ASAM dimensions, required for a step down or up (toLevel); all six or none for a referral out.',
  })
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => AsamRatingInput)
  ratings: AsamRatingInput[] = [];

  @Field(() => [ID], { defaultValue: [], description: 'Care-team members receiving the patient at the new level: each gets a handoff task (at most 10).' })
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  handoffToIds: string[] = [];
}

@ArgsType()
export class PlanHistoryArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID()
  planId!: string;
}

/** The orders a caseload can be read in. */
export enum CaseloadOrder {
  NEXT_REVIEW_DATE = 'NEXT_REVIEW_DATE',
  PATIENT_NAME = 'PATIENT_NAME',
}
registerEnumType(CaseloadOrder, {
  name: 'CaseloadOrder',
  description: 'How a caseload is ordered.',
  valuesMap: { NEXT_REVIEW_DATE: { description: 'Soonest plan review first.' }, PATIENT_NAME: { description: "By the patient's last name, then first name." } },
});

@ArgsType()
export class CaseloadArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'The staff member; defaults to the signed-in one.' })
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @Field(() => CaseloadOrder, { defaultValue: CaseloadOrder.NEXT_REVIEW_DATE, description: 'Soonest review first, or by patient name.' })
  @IsEnum(CaseloadOrder)
  orderBy: CaseloadOrder = CaseloadOrder.NEXT_REVIEW_DATE;

  @Field(() => String, { nullable: true, description: 'Only patients whose last name starts with this (any case).' })
  @IsOptional()
  @Length(1, 100)
  lastNameStartsWith?: string;
}
