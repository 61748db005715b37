import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { listCost, LocalDateScalar } from '@oneplan/graphql';
import { PLAN_LISTS } from '@oneplan/plan';
import { DischargeReason } from '@oneplan/prisma';

export { DischargeReason };
registerEnumType(DischargeReason, { name: 'DischargeReason', description: 'Why an episode of care ended.' });

@ObjectType({ description: "A goal's status at discharge." })
export class GoalOutcome {
  @Field({ description: 'The goal.' })
  statement!: string;

  @Field({ description: 'Its status at discharge.' })
  status!: string;
}

@ObjectType({ description: 'A measure at discharge against its baseline.' })
export class MeasureOutcome {
  @Field({ description: 'The measure.' })
  type!: string;

  @Field(() => Int, { description: 'The first score of the episode.' })
  baseline!: number;

  @Field(() => Int, { description: 'The last score.' })
  final!: number;

  @Field(() => Int, { description: 'final - baseline (lower is better for every measure OnePlan keeps).' })
  change!: number;
}

@ObjectType({ description: 'A medication taken at discharge.' })
export class DischargeMedication {
  @Field({ description: 'The medication.' })
  medicationName!: string;

  @Field({ description: 'Dose, route and frequency.' })
  instructions!: string;

  @Field({ description: 'Whether it is on hold.' })
  onHold!: boolean;
}

@ObjectType({ description: 'A known trigger date in the 90 days after discharge.' })
export class TriggerDateAhead {
  @Field({ description: 'What it is.' })
  label!: string;

  @Field(() => LocalDateScalar, { description: 'Its next date.' })
  date!: Date;
}

@ObjectType({ description: 'An ended episode: why, the summary, what the record showed and the aftercare plan.' })
export class Discharge {
  @Field(() => ID, { description: 'The discharge.' })
  id!: string;

  @Field(() => ID, { description: 'The plan it closed.' })
  planId!: string;

  @Field(() => DischargeReason, { description: 'Why.' })
  reason!: DischargeReason;

  @Field(() => LocalDateScalar, { description: 'Discharge date.' })
  dischargeDate!: Date;

  @Field({ description: "The team's summary." })
  summary!: string;

  @Field(() => [GoalOutcome], { complexity: listCost(PLAN_LISTS.goals), description: 'Each goal and its status at discharge.' })
  goalOutcomes!: GoalOutcome[];

  @Field(() => [MeasureOutcome], { complexity: listCost(5), description: 'Each measure kept: baseline, final and change.' })
  measureOutcomes!: MeasureOutcome[];

  @Field(() => [DischargeMedication], { complexity: listCost(PLAN_LISTS.currentMedications), description: 'Medications at discharge.' })
  medications!: DischargeMedication[];

  @Field(() => [String], { complexity: listCost(40), description: 'The safety plan carried over, section by section ("Warning signs: ...").' })
  safetyPlan!: string[];

  @Field(() => [TriggerDateAhead], { complexity: listCost(PLAN_LISTS.triggerDates), description: 'Trigger dates in the 90 days after discharge.' })
  triggerDates!: TriggerDateAhead[];

  @Field({ description: 'The follow-up appointment.' })
  followUpAt!: Date;

  @Field({ description: 'With whom.' })
  followUpWith!: string;

  @Field(() => [String], { complexity: listCost(20), description: 'Community supports.' })
  communitySupports!: string[];

  @Field(() => Float, { description: 'Days from discharge to the follow-up appointment.' })
  daysToFollowUp!: number;
}
