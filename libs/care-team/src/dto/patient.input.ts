import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { LocalDateScalar, PageArgs } from '@oneplan/graphql';

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

@ArgsType()
export class PatientsArgs extends PageArgs {
  @Field(() => ID, { description: 'The program whose patients to list.' })
  @IsUUID()
  programId!: string;

  @Field(() => String, { nullable: true, description: 'Only patients whose last name starts with this.' })
  @IsOptional()
  @Length(1, 100)
  lastNameStartsWith?: string;
}
