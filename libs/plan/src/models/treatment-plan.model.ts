import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LevelOfCare, ReferralDestination } from '@oneplan/care-team';
import { LocalDateScalar, Node } from '@oneplan/graphql';
import { PlanStatus, TreatmentPhase } from './enums.js';

@ObjectType({ implements: () => [Node], description: "The one shared treatment plan of a patient's episode of care, read and written by the whole care team." })
export class TreatmentPlan {
  @Field(() => ID, { description: 'Plan id.' })
  id!: string;

  @Field(() => ID, { description: 'The episode of care the plan belongs to.' })
  episodeId!: string;

  @Field(() => PlanStatus, { description: 'Draft, active, under review or closed.' })
  status!: PlanStatus;

  @Field(() => LevelOfCare, { description: 'Current level of care.' })
  levelOfCare!: LevelOfCare;

  @Field(() => ReferralDestination, { nullable: true, description: 'Set when the patient was referred out to detox or residential care.' })
  referredOutTo!: ReferralDestination | null;

  @Field(() => TreatmentPhase, { description: 'Current phase of care.' })
  phase!: TreatmentPhase;

  @Field(() => Int, { description: 'Days between plan reviews.' })
  reviewCadenceDays!: number;

  @Field(() => LocalDateScalar, { description: 'When the plan is next due for review.' })
  nextReviewDate!: Date;

  @Field(() => Int, { description: "Version of the plan's header; edits name the version they saw." })
  version!: number;

  @Field({ description: 'When the plan was created.' })
  createdAt!: Date;

  @Field({ description: "When the plan's header last changed." })
  updatedAt!: Date;
}
