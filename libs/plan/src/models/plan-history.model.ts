import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JSONResolver as GraphQLJSON } from 'graphql-scalars';
import { LevelOfCare, ReferralDestination } from '@oneplan/care-team';
import { TreatmentPhase } from './enums.js';
import { Node } from '@oneplan/graphql';

@ObjectType({ implements: () => [Node], description: 'A change of level of care, or a referral out, with its reason.' })
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

  @Field(() => Int, { nullable: true, description: 'The review cadence (days) at the new level.' })
  reviewCadenceDays!: number | null;

  @Field(() => ID, { description: 'Who made the change.' })
  changedById!: string;

  @Field({ description: 'When.' })
  changedAt!: Date;
}

@ObjectType({ implements: () => [Node], description: 'A change of treatment phase, with its author and reason.' })
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

/** What kind of record a revision changed (stored as the record's type name). */
export enum PlanEntityType {
  TREATMENT_PLAN = 'TreatmentPlan',
  PROBLEM = 'Problem',
  TRIGGER_DATE = 'TriggerDate',
  SAFETY_PLAN = 'SafetyPlan',
  GOAL = 'Goal',
  OBJECTIVE = 'Objective',
  INTERVENTION = 'Intervention',
  CLINICAL_NOTE = 'ClinicalNote',
  OUTCOME_MEASURE = 'OutcomeMeasure',
  TASK = 'Task',
  INDIVIDUAL_SESSION = 'IndividualSession',
  MEDICATION_CHANGE = 'MedicationChange',
  GROUP_ATTENDANCE = 'GroupAttendance',
  GROUP_ENROLLMENT = 'GroupEnrollment',
  DISCHARGE = 'Discharge',
  PATIENT_IMPORT = 'PatientImport',
  IMPORTED_ITEM = 'ImportedItem',
  SUPPORT = 'Support',
  SUPPORT_UPDATE = 'SupportUpdate',
  SELF_REPORT_LINK = 'SelfReportLink',
}
registerEnumType(PlanEntityType, { name: 'PlanEntityType', description: 'The kind of record a revision changed.' });

/** What a revision did to its record. */
export enum RevisionAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  AMENDED = 'AMENDED',
  RECORDED = 'RECORDED',
}
registerEnumType(RevisionAction, {
  name: 'RevisionAction',
  description: 'What a revision did to its record.',
  valuesMap: {
    CREATED: { description: 'The record was added.' },
    UPDATED: { description: 'Fields of the record were edited.' },
    AMENDED: { description: 'A clinical note was corrected by an amendment (the original is kept).' },
    RECORDED: { description: 'Something that happened was recorded (attendance, a measure, a medication change).' },
  },
});

@ObjectType({ description: 'One field changed by a revision, with its values before and after.' })
export class FieldChange {
  @Field({ description: 'The field.' })
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value before (null when the record was created).' })
  from!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value after.' })
  to!: unknown;
}

@ObjectType({ implements: () => [Node], description: 'One change to the plan or anything in it: who, when, what and why.' })
export class PlanRevision {
  @Field(() => ID, { description: 'Revision id.' })
  id!: string;

  @Field(() => ID, { description: 'The plan.' })
  planId!: string;

  @Field(() => ID, { nullable: true, description: 'Who made the change (see author); null when a reminder rule did.' })
  authorId!: string | null;

  @Field(() => String, { nullable: true, description: 'The reminder rule that made the change when no staff member did (a task a reminder opened, e.g. reviews or missed-groups).' })
  authorRule!: string | null;

  @Field(() => PlanEntityType, { description: 'What kind of record changed.' })
  entityType!: PlanEntityType;

  @Field(() => ID, { description: 'The record that changed (see entity).' })
  entityId!: string;

  @Field(() => RevisionAction, { description: 'What the change did.' })
  action!: RevisionAction;

  @Field(() => String, { nullable: true, description: 'Reason given for the change.' })
  reason!: string | null;

  @Field({ description: 'When.' })
  createdAt!: Date;
}
