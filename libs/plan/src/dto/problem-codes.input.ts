import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Length, Matches } from 'class-validator';

/** A SNOMED CT concept id: 6 to 18 digits, no leading zero. */
export const SNOMED_CONCEPT = /^[1-9][0-9]{5,17}$/;
/** An ICD-10-CM code: a letter, two digits (the third may be A or B), then up to four characters after a dot. */
export const ICD10_CM = /^[A-Z][0-9][0-9AB](\.[0-9A-Z]{1,4})?$/;

/**
 * The standard codes a problem may carry, each with its display: a SNOMED CT concept and an ICD-10-CM
 * diagnosis. Checked for shape (not against the code systems); a code and its display go together.
 */
@InputType({ isAbstract: true })
export class ProblemCodesInput {
  @Field(() => String, { nullable: true, description: 'SNOMED CT concept id (6-18 digits), e.g. 47505003 (posttraumatic stress disorder).' })
  @IsOptional()
  @Matches(SNOMED_CONCEPT, { message: 'snomedCode must be a SNOMED CT concept id (6-18 digits)' })
  snomedCode?: string | null;

  @Field(() => String, { nullable: true, description: "The SNOMED CT concept's display (1-300 characters)." })
  @IsOptional()
  @Length(1, 300)
  snomedDisplay?: string | null;

  @Field(() => String, { nullable: true, description: 'ICD-10-CM code, e.g. F43.10 or F10.20.' })
  @IsOptional()
  @Matches(ICD10_CM, { message: 'icd10Code must be an ICD-10-CM code such as F43.10' })
  icd10Code?: string | null;

  @Field(() => String, { nullable: true, description: "The ICD-10-CM code's display (1-300 characters)." })
  @IsOptional()
  @Length(1, 300)
  icd10Display?: string | null;
}
