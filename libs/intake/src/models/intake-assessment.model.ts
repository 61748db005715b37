import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { listCost, LocalDateScalar } from '@oneplan/graphql';
import { AssessmentOutcome, RecommendedLevel } from '@oneplan/prisma';
import { AsamRating } from '@oneplan/plan';

/** What a person may choose to share of their trauma history: never required, "prefers not to say" is an answer. */
export enum TraumaExperience {
  PHYSICAL_ASSAULT = 'PHYSICAL_ASSAULT',
  SEXUAL_ASSAULT = 'SEXUAL_ASSAULT',
  CHILDHOOD_ABUSE = 'CHILDHOOD_ABUSE',
  CHILDHOOD_NEGLECT = 'CHILDHOOD_NEGLECT',
  INTIMATE_PARTNER_VIOLENCE = 'INTIMATE_PARTNER_VIOLENCE',
  COMBAT = 'COMBAT',
  SERIOUS_ACCIDENT = 'SERIOUS_ACCIDENT',
  DISASTER = 'DISASTER',
  SUDDEN_LOSS = 'SUDDEN_LOSS',
  WITNESSED_VIOLENCE = 'WITNESSED_VIOLENCE',
  OTHER = 'OTHER',
  PREFERS_NOT_TO_SAY = 'PREFERS_NOT_TO_SAY',
}

registerEnumType(TraumaExperience, { name: 'TraumaExperience', description: 'Kinds of trauma a person chose to name at intake.' });
registerEnumType(RecommendedLevel, {
  name: 'RecommendedLevel',
  description: "A level of care an intake can point to: this program's PHP, IOP or virtual IOP, or first a higher level it refers out to.",
});
registerEnumType(AssessmentOutcome, { name: 'AssessmentOutcome', description: 'What came of an intake assessment.' });

@ObjectType({ description: 'A substance the person uses, as told at intake (42 CFR Part 2 data).' })
export class SubstanceUse {
  @Field({ description: 'The substance.' })
  substance!: string;

  @Field({ description: 'How it is taken (oral, smoked, intranasal, injected ...).' })
  route!: string;

  @Field({ description: 'How often.' })
  frequency!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last use, if known.' })
  lastUse!: Date | null;

  @Field({ description: 'Whether stopping it has caused withdrawal before.' })
  withdrawalHistory!: boolean;
}

@ObjectType({ description: 'The clinical assessment before admission, with the level of care its ratings point to and what the clinician decided.' })
export class IntakeAssessment {
  @Field(() => ID, { description: 'The assessment.' })
  id!: string;

  @Field(() => ID, { description: 'The person assessed.' })
  patientId!: string;

  @Field(() => ID, { description: 'The program assessing them.' })
  programId!: string;

  @Field(() => ID, { description: 'The clinician who assessed them.' })
  assessedById!: string;

  @Field({ description: 'When.' })
  assessedAt!: Date;

  @Field({ description: 'What brings the person.' })
  presentingConcerns!: string;

  @Field(() => [SubstanceUse], { complexity: listCost(20), description: 'Substance use history (42 CFR Part 2 data).' })
  substanceUse!: SubstanceUse[];

  @Field(() => String, { nullable: true, description: 'Trauma history in the words and detail the person chose; null if they chose not to.' })
  traumaSummary!: string | null;

  @Field(() => [TraumaExperience], { complexity: listCost(12), description: 'Kinds of trauma the person chose to name.' })
  traumaExperiences!: string[];

  @Field(() => Int, { nullable: true, description: 'PCL-5 total (0-80).' })
  pcl5!: number | null;

  @Field(() => Int, { nullable: true, description: 'PHQ-9 total (0-27).' })
  phq9!: number | null;

  @Field(() => Int, { nullable: true, description: 'PHQ-9 item 9 (0-3).' })
  phq9Item9!: number | null;

  @Field(() => Int, { nullable: true, description: 'GAD-7 total (0-21).' })
  gad7!: number | null;

  @Field(() => Int, { nullable: true, description: 'AUDIT-C total (0-12).' })
  auditC!: number | null;

  @Field({ description: 'Whether withdrawal risk was flagged.' })
  withdrawalRisk!: boolean;

  @Field(() => [AsamRating], { complexity: listCost(6), description: 'The six ASAM Criteria dimensions, in order.' })
  asamRatings!: AsamRating[];

  @Field(() => RecommendedLevel, { description: 'The level of care the rules recommend (see the README).' })
  recommendedLevel!: RecommendedLevel;

  @Field(() => [String], { complexity: listCost(4), description: 'Why, rule by rule.' })
  recommendationReasons!: string[];

  @Field(() => RecommendedLevel, { nullable: true, description: 'The level the clinician decided on; null until decided.' })
  decidedLevel!: RecommendedLevel | null;

  @Field(() => String, { nullable: true, description: 'Why the clinician overrode the recommendation, if they did.' })
  overrideReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the level was decided.' })
  decidedAt!: Date | null;

  @Field(() => AssessmentOutcome, { description: 'Admitted, referred out, or pending.' })
  outcome!: AssessmentOutcome;

  @Field(() => ID, { nullable: true, description: 'The episode the admission opened.' })
  episodeId!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the person was referred, if referred out.' })
  referredTo!: string | null;

  @Field(() => String, { nullable: true, description: 'Why they were referred out.' })
  referralReason!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'By when to check that a person referred out arrived.' })
  referralFollowUpDue!: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether they arrived; null until checked.' })
  referralArrived!: boolean | null;

  @Field(() => Date, { nullable: true, description: 'When the referral was checked on.' })
  referralCheckedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What the check found.' })
  referralCheckNote!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the safety assessment a PHQ-9 item 9 above 0 asked for was recorded.' })
  safetyCheckedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who recorded it.' })
  safetyCheckedById!: string | null;

  @Field(() => String, { nullable: true, description: 'What the safety assessment found and what was put in place.' })
  safetyCheckNote!: string | null;

  @Field({ description: 'Always true: the substance use history is 42 CFR Part 2 data.' })
  part2!: boolean;
}
