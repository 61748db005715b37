import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Length } from 'class-validator';

@InputType({ description: "A patient's record from another system (an EHR) as a FHIR R4 Bundle, taken into the program." })
export class ImportPatientBundleInput {
  @Field({
    description:
      'The Bundle as JSON text: one Patient, and Condition, MedicationStatement, MedicationRequest and AllergyIntolerance resources about them (Medication, Organization, Practitioner and PractitionerRole resources they refer to are read as such); at most 500 entries, within the request size limit.',
  })
  @Length(2, 100_000)
  bundle!: string;

  @Field(() => String, { nullable: true, description: "The sending system (1-200 characters); the Bundle's meta.source if left out." })
  @IsOptional()
  @Length(1, 200)
  source?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The program's record number of the patient (1-50 characters): picks the patient when the Bundle's matches several, and numbers a patient the Bundle registers.",
  })
  @IsOptional()
  @Length(1, 50)
  recordNumber?: string | null;
}
