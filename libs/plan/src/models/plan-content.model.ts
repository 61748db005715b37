import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { listCost, LocalDateScalar, Node } from '@oneplan/graphql';
import { ProblemCategory } from './enums.js';
import { SAFETY_PLAN_ENTRIES } from '../plan-lists.js';

@ObjectType({ implements: () => [Node], description: 'A problem the plan addresses.' })
export class Problem {
  @Field(() => ID, { description: 'Problem id.' })
  id!: string;

  @Field({ description: 'Short title.' })
  title!: string;

  @Field({ description: 'Description in clinical terms.' })
  description!: string;

  @Field(() => ProblemCategory, { description: 'Trauma, substance use or co-occurring.' })
  category!: ProblemCategory;

  @Field({ description: 'Whether the problem is resolved.' })
  resolved!: boolean;

  @Field(() => Int, { description: 'Version; edits name the version they saw.' })
  version!: number;

  @Field({ description: 'When the problem was added.' })
  createdAt!: Date;
}

@ObjectType({ implements: () => [Node], description: 'A date around which the patient has struggled or relapsed, flagged ahead by its lead time.' })
export class TriggerDate {
  @Field(() => ID, { description: 'Trigger date id.' })
  id!: string;

  @Field({ description: 'What the date is, e.g. anniversary of a loss.' })
  label!: string;

  @Field(() => LocalDateScalar, { description: 'The date (for a yearly date, any year it fell on).' })
  date!: Date;

  @Field({ description: 'Whether the date comes back every year.' })
  recursAnnually!: boolean;

  @Field(() => Int, { description: 'Days ahead of the date that the team is reminded.' })
  leadTimeDays!: number;
}

@ObjectType({ description: 'Someone the patient can contact in a crisis.' })
export class SafetyContact {
  @Field({ description: 'Name.' })
  name!: string;

  @Field({ description: 'Phone number.' })
  phone!: string;

  @Field(() => String, { nullable: true, description: 'Relationship or role.' })
  relationship!: string | null;
}

@ObjectType({ description: 'A crisis line.' })
export class CrisisLine {
  @Field({ description: 'Name of the line.' })
  name!: string;

  @Field({ description: 'Number to call or text.' })
  number!: string;
}

@ObjectType({ implements: () => [Node], description: "The patient's safety plan." })
export class SafetyPlan {
  @Field(() => ID, { description: 'Safety plan id.' })
  id!: string;

  @Field(() => [String], { description: 'Warning signs that a crisis may be coming.' })
  warningSigns!: string[];

  @Field(() => [String], { description: 'Coping strategies the patient can use alone.' })
  copingStrategies!: string[];

  @Field(() => [String], { description: 'People and places that help.' })
  peopleAndPlaces!: string[];

  @Field(() => [SafetyContact], { complexity: listCost(SAFETY_PLAN_ENTRIES), description: 'People to contact for help.' })
  contacts!: SafetyContact[];

  @Field(() => [CrisisLine], { complexity: listCost(SAFETY_PLAN_ENTRIES), description: 'Crisis lines (988, 911 and the SAMHSA National Helpline are prefilled).' })
  crisisLines!: CrisisLine[];

  @Field(() => Int, { description: 'Version; edits name the version they saw.' })
  version!: number;

  @Field({ description: 'When the safety plan last changed.' })
  updatedAt!: Date;
}
