import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateScalar } from '@oneplan/graphql';
import { CareTeamRole, RecommendedLevel } from '@oneplan/prisma';
import { AsamRatingInput } from '@oneplan/plan';
import { TraumaExperience } from '../models/intake-assessment.model.js';

@InputType({ description: 'A substance the person uses.' })
export class SubstanceUseInput {
  @Field({ description: 'The substance (1-100 characters).' })
  @Length(1, 100)
  substance!: string;

  @Field({ description: 'How it is taken (1-50 characters).' })
  @Length(1, 50)
  route!: string;

  @Field({ description: 'How often (1-100 characters).' })
  @Length(1, 100)
  frequency!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last use, if known.' })
  @IsOptional()
  @IsDate()
  lastUse?: Date | null;

  @Field({ description: 'Whether stopping it has caused withdrawal before.' })
  @IsBoolean()
  withdrawalHistory!: boolean;
}

@InputType({ description: 'An intake assessment of a person registered in the program, before admission.' })
export class RecordIntakeAssessmentInput {
  @Field(() => ID, { description: 'The program assessing (the person must be registered in it).' })
  @IsUUID()
  programId!: string;

  @Field(() => ID, { description: 'The person.' })
  @IsUUID()
  patientId!: string;

  @Field({ description: 'What brings the person (1-4000 characters).' })
  @Length(1, 4000)
  presentingConcerns!: string;

  @Field(() => [SubstanceUseInput], { description: 'Substance use history (at most 20 substances).' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SubstanceUseInput)
  substanceUse!: SubstanceUseInput[];

  @Field(() => String, { nullable: true, description: 'Trauma history, at the detail the person chooses (up to 4000 characters); leave out if they choose not to share.' })
  @IsOptional()
  @Length(1, 4000)
  traumaSummary?: string | null;

  @Field(() => [TraumaExperience], { defaultValue: [], description: 'Kinds of trauma the person chooses to name (none required).' })
  @ArrayMaxSize(12)
  @IsEnum(TraumaExperience, { each: true })
  traumaExperiences: TraumaExperience[] = [];

  @Field(() => Int, { nullable: true, description: 'PCL-5 total (0-80).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(80)
  pcl5?: number | null;

  @Field(() => Int, { nullable: true, description: 'PHQ-9 total (0-27).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(27)
  phq9?: number | null;

  @Field(() => Int, { nullable: true, description: 'PHQ-9 item 9 (0-3); required with a PHQ-9 total.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3)
  phq9Item9?: number | null;

  @Field(() => Int, { nullable: true, description: 'GAD-7 total (0-21).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(21)
  gad7?: number | null;

  @Field(() => Int, { nullable: true, description: 'AUDIT-C total (0-12).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(12)
  auditC?: number | null;

  @Field({ description: 'Whether withdrawal risk is flagged (e.g. a history of severe withdrawal, daily heavy alcohol or benzodiazepine use).' })
  @IsBoolean()
  withdrawalRisk!: boolean;

  @Field(() => [AsamRatingInput], { description: 'All six ASAM Criteria dimensions, each once.' })
  @ArrayMinSize(6)
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => AsamRatingInput)
  asamRatings!: AsamRatingInput[];
}

@InputType({ description: 'The level of care the clinician decides on: the recommendation, or another with a reason.' })
export class DecideIntakeLevelInput {
  @Field(() => ID, { description: 'The assessment.' })
  @IsUUID()
  assessmentId!: string;

  @Field(() => RecommendedLevel, { description: 'The level decided on.' })
  @IsEnum(RecommendedLevel)
  level!: RecommendedLevel;

  @Field(() => String, { nullable: true, description: 'Why, when it is not the recommended level (1-1000 characters).' })
  @IsOptional()
  @Length(1, 1000)
  overrideReason?: string | null;
}

@InputType({ description: 'A member of the care team an admission forms.' })
export class AdmissionTeamMemberInput {
  @Field(() => ID, { description: 'The staff member.' })
  @IsUUID()
  staffId!: string;

  @Field(() => CareTeamRole, { description: 'Their role.' })
  @IsEnum(CareTeamRole)
  role!: CareTeamRole;
}

@InputType({ description: 'Admits the person at the decided level: episode, plan in stabilization, care team, proposed problems, baseline scores.' })
export class AdmitFromAssessmentInput {
  @Field(() => ID, { description: 'The assessment, its level decided (PHP, IOP or virtual IOP).' })
  @IsUUID()
  assessmentId!: string;

  @Field(() => LocalDateScalar, { description: 'Admission date.' })
  @IsDate()
  admissionDate!: Date;

  @Field(() => [AdmissionTeamMemberInput], { description: 'The care team (1-10), one of them the primary therapist.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AdmissionTeamMemberInput)
  careTeam!: AdmissionTeamMemberInput[];

  @Field(() => ID, {
    nullable: true,
    description: "A plan template of the program to start the plan from (see previewPlanTemplate once the plan exists); the assessment's proposed problem is added as well.",
  })
  @IsOptional()
  @IsUUID()
  templateId?: string | null;
}

@InputType({ description: 'Refers the person to a higher level of care or another provider instead of admitting them.' })
export class ReferOutFromAssessmentInput {
  @Field(() => ID, { description: 'The assessment.' })
  @IsUUID()
  assessmentId!: string;

  @Field({ description: 'Where to (1-200 characters), e.g. the detox unit or residential program.' })
  @Length(1, 200)
  referredTo!: string;

  @Field({ description: 'Why (1-1000 characters).' })
  @Length(1, 1000)
  reason!: string;

  @Field(() => Int, { defaultValue: 2, description: 'Days until checking that the person arrived (1-14).' })
  @IsInt()
  @Min(1)
  @Max(14)
  followUpInDays: number = 2;
}

@InputType({ description: 'What checking on a referral out found.' })
export class RecordReferralArrivalInput {
  @Field(() => ID, { description: 'The assessment the person was referred out from.' })
  @IsUUID()
  assessmentId!: string;

  @Field({ description: 'Whether the person arrived where they were referred.' })
  @IsBoolean()
  arrived!: boolean;

  @Field(() => String, { nullable: true, description: 'What was learned (up to 1000 characters).' })
  @IsOptional()
  @Length(1, 1000)
  note?: string | null;
}

@InputType({ description: 'The safety assessment a PHQ-9 item 9 above 0 at intake asked for.' })
export class RecordIntakeSafetyCheckInput {
  @Field(() => ID, { description: 'The assessment whose PHQ-9 item 9 was above 0.' })
  @IsUUID()
  assessmentId!: string;

  @Field({ description: 'What the safety assessment found and what was put in place (up to 2000 characters).' })
  @Length(1, 2000)
  note!: string;
}
