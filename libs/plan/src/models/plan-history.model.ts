import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LevelOfCare, ReferralDestination } from '@oneplan/care-team';
import { TreatmentPhase } from './enums.js';
import { listCost } from '@oneplan/graphql';
import { PLAN_LISTS } from '../plan-lists.js';

@ObjectType({ description: 'A change of level of care, or a referral out, with its reason.' })
export class LevelOfCareChange {
  @Field(() => ID, { description: 'Change id.' })
  id!: string;

  @Field(() => LevelOfCare, { description: 'Level of care before the change.' })
  fromLevel!: LevelOfCare;

  @Field(() => LevelOfCare, { nullable: true, description: 'New level of care (empty for a referral out).' })
  toLevel!: LevelOfCare | null;

  @Field(() => ReferralDestination, { nullable: true, description: 'Where the patient was referred out to, if they were.' })
  referralTo!: ReferralDestination | null;

  @Field({ description: 'Why.' })
  reason!: string;

  @Field(() => ID, { description: 'Who made the change.' })
  changedById!: string;

  @Field({ description: 'When.' })
  changedAt!: Date;
}

@ObjectType({ description: 'A change of treatment phase, with its author and reason.' })
export class PhaseChange {
  @Field(() => ID, { description: 'Change id.' })
  id!: string;

  @Field(() => TreatmentPhase, { description: 'Phase before.' })
  fromPhase!: TreatmentPhase;

  @Field(() => TreatmentPhase, { description: 'Phase after.' })
  toPhase!: TreatmentPhase;

  @Field({ description: 'Why.' })
  reason!: string;

  @Field(() => ID, { description: 'Who made the change.' })
  changedById!: string;

  @Field({ description: 'When.' })
  changedAt!: Date;
}

@ObjectType({ description: 'One field changed by a revision; values are JSON text.' })
export class FieldChange {
  @Field({ description: 'The field.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'Value before, as JSON (empty when the item was created).' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'Value after, as JSON.' })
  to!: string | null;
}

@ObjectType({ description: 'One change to the plan or anything in it: who, when, what and why.' })
export class PlanRevision {
  @Field(() => ID, { description: 'Revision id.' })
  id!: string;

  @Field(() => ID, { description: 'Who made the change.' })
  authorId!: string;

  @Field({ description: 'What kind of item changed, e.g. Goal.' })
  entityType!: string;

  @Field(() => ID, { description: 'The item that changed.' })
  entityId!: string;

  @Field({ description: 'CREATED, UPDATED, AMENDED or RECORDED.' })
  action!: string;

  @Field(() => [FieldChange], { complexity: listCost(PLAN_LISTS.fieldsPerChange), description: 'The fields that changed.' })
  changes!: FieldChange[];

  @Field(() => String, { nullable: true, description: 'Reason given for the change.' })
  reason!: string | null;

  @Field({ description: 'When.' })
  createdAt!: Date;
}
