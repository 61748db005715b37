import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsEnum, IsOptional, IsUUID, Length, Matches, IsBoolean } from 'class-validator';
import { ConfirmsImportedItemInput } from '@oneplan/plan';
import { MedicationChangeType } from '../models/medication-change.model.js';

@InputType({ description: 'A medication change, recorded by the prescriber who makes it.' })
export class RecordMedicationChangeInput extends ConfirmsImportedItemInput {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID()
  planId!: string;

  @Field({ description: 'Medication name (1-200 characters).' })
  @Length(1, 200)
  medicationName!: string;

  @Field(() => String, { nullable: true, description: 'RxNorm concept id (digits).' })
  @IsOptional()
  @Matches(/^\d{1,12}$/, { message: 'rxNormCode must be an RxNorm concept id (digits)' })
  rxNormCode?: string;

  @Field({ description: 'Dose (1-100 characters).' })
  @Length(1, 100)
  dose!: string;

  @Field({ description: 'Route (1-50 characters).' })
  @Length(1, 50)
  route!: string;

  @Field({ description: 'Frequency (1-100 characters).' })
  @Length(1, 100)
  frequency!: string;

  @Field(() => MedicationChangeType, { description: 'Start, adjust, hold or stop.' })
  @IsEnum(MedicationChangeType)
  changeType!: MedicationChangeType;

  @Field({ description: 'Why (1-2000 characters).' })
  @Length(1, 2000)
  reason!: string;

  @Field(() => [String], { description: 'Target symptoms (up to 10).', defaultValue: [] })
  @ArrayMaxSize(10)
  @Length(1, 100, { each: true })
  targetSymptoms: string[] = [];

  @Field({ description: 'Prescribed for a substance use disorder (42 CFR Part 2 data).', defaultValue: false })
  @IsBoolean()
  forSubstanceUse: boolean = false;

  @Field(() => [ID], { description: 'Goals of this plan the change serves.', defaultValue: [] })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  goalIds: string[] = [];

  @Field({ description: 'When the change takes effect.' })
  @IsDate()
  effectiveAt!: Date;
}
