import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MedicationChangeType } from '@oneplan/prisma';
import { Node } from '@oneplan/graphql';

registerEnumType(MedicationChangeType, { name: 'MedicationChangeType', description: 'Start, adjust, hold or stop.' });

export { MedicationChangeType };

@ObjectType({ implements: () => [Node], description: "A prescriber's change to a medication. The current medication list is derived from these." })
export class MedicationChange {
  @Field(() => ID, { description: 'Change id.' })
  id!: string;

  @Field(() => ID, { description: 'The plan.' })
  planId!: string;

  @Field(() => ID, { description: 'The prescriber who made the change.' })
  prescriberId!: string;

  @Field({ description: 'Medication name.' })
  medicationName!: string;

  @Field(() => String, { nullable: true, description: 'RxNorm concept id, if known.' })
  rxNormCode!: string | null;

  @Field({ description: 'Dose, e.g. 50 mg.' })
  dose!: string;

  @Field({ description: 'Route, e.g. oral.' })
  route!: string;

  @Field({ description: 'Frequency, e.g. nightly.' })
  frequency!: string;

  @Field(() => MedicationChangeType, { description: 'What changed.' })
  changeType!: MedicationChangeType;

  @Field({ description: 'Why.' })
  reason!: string;

  @Field(() => [String], { description: 'Target symptoms, e.g. sleep, mood, cravings.' })
  targetSymptoms!: string[];

  @Field({ description: 'Whether it was prescribed for a substance use disorder.' })
  forSubstanceUse!: boolean;

  @Field({ description: 'When the change takes effect.' })
  effectiveAt!: Date;
}

@ObjectType({ description: 'A medication the patient is on (or has on hold), derived from the latest change to it.' })
export class CurrentMedication {
  @Field({ description: 'Medication name.' })
  medicationName!: string;

  @Field(() => String, { nullable: true, description: 'RxNorm concept id, if known.' })
  rxNormCode!: string | null;

  @Field({ description: 'Current dose.' })
  dose!: string;

  @Field({ description: 'Route.' })
  route!: string;

  @Field({ description: 'Frequency.' })
  frequency!: string;

  @Field({ description: 'Whether the medication is on hold.' })
  onHold!: boolean;

  @Field(() => [String], { description: 'Target symptoms.' })
  targetSymptoms!: string[];

  @Field(() => ID, { description: 'The latest change, which this entry reflects.' })
  lastChangeId!: string;

  @Field({ description: 'Since when it is in its current state.' })
  since!: Date;
}
