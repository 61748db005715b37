import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { ConnectionArgs, LocalDateScalar } from '@oneplan/graphql';

@InputType({ description: "A patient's emergency contact." })
export class EmergencyContactInput {
  @Field({ description: 'Contact name (1-200 characters).' })
  @Length(1, 200)
  name!: string;

  @Field({ description: 'Relationship to the patient (1-100 characters).' })
  @Length(1, 100)
  relationship!: string;

  @Field({ description: 'Phone number (3-40 characters).' })
  @Length(3, 40)
  phone!: string;
}

@InputType({ description: 'A new patient.' })
export class CreatePatientInput {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;

  @Field({ description: 'First name (1-100 characters).' })
  @Length(1, 100)
  firstName!: string;

  @Field({ description: 'Last name (1-100 characters).' })
  @Length(1, 100)
  lastName!: string;

  @Field(() => LocalDateScalar, { description: 'Date of birth; not in the future.' })
  @IsDate()
  dateOfBirth!: Date;

  @Field({ description: 'Medical record number, unique within the program (1-50 characters).' })
  @Length(1, 50)
  recordNumber!: string;

  @Field(() => String, { nullable: true, description: 'Pronouns (up to 40 characters).' })
  @IsOptional()
  @Length(1, 40)
  pronouns?: string;

  @Field(() => EmergencyContactInput, { nullable: true, description: 'Emergency contact.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmergencyContactInput)
  emergencyContact?: EmergencyContactInput;
}

@InputType({ description: 'Opens an episode of care for a patient.' })
export class OpenEpisodeInput {
  @Field(() => ID, { description: 'The patient.' })
  @IsUUID()
  patientId!: string;

  @Field(() => LocalDateScalar, { description: 'Admission date.' })
  @IsDate()
  startDate!: Date;
}

/** The orders a program's patients can be read in. */
export enum PatientOrder {
  NAME = 'NAME',
  RECORD_NUMBER = 'RECORD_NUMBER',
}
registerEnumType(PatientOrder, {
  name: 'PatientOrder',
  description: 'How patients are ordered.',
  valuesMap: { NAME: { description: 'By last name, then first name.' }, RECORD_NUMBER: { description: 'By record number.' } },
});

@ArgsType()
export class PatientsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The program whose patients to list.' })
  @IsUUID()
  programId!: string;

  @Field(() => String, { nullable: true, description: 'Only patients whose last name starts with this (any case).' })
  @IsOptional()
  @Length(1, 100)
  lastNameStartsWith?: string;

  @Field(() => String, { nullable: true, description: 'Only patients whose record number starts with this.' })
  @IsOptional()
  @Length(1, 40)
  recordNumberStartsWith?: string;

  @Field(() => PatientOrder, { defaultValue: PatientOrder.NAME, description: 'By name, or by record number.' })
  @IsEnum(PatientOrder)
  orderBy: PatientOrder = PatientOrder.NAME;
}

@ArgsType()
export class PatientEpisodesArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The patient.' })
  @IsUUID()
  patientId!: string;
}
