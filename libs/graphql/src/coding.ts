import { Field, ObjectType } from '@nestjs/graphql';

/** The code systems OnePlan codes with, by their canonical URIs (as FHIR names them). */
export const CODE_SYSTEMS = {
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  loinc: 'http://loinc.org',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  /** OnePlan's own codes, for what no standard system codes. */
  oneplan: 'https://oneplan.example/fhir/CodeSystem/oneplan',
} as const;

@ObjectType({ description: 'A code from a code system, with its display (a FHIR Coding).' })
export class Coding {
  @Field({ description: "The code system's URI, e.g. http://snomed.info/sct, http://hl7.org/fhir/sid/icd-10-cm, http://loinc.org." })
  system!: string;

  @Field({ description: 'The code.' })
  code!: string;

  @Field({ description: 'How the code reads.' })
  display!: string;
}

/** A coding from a code and display kept side by side on a row; null unless both are there. */
export function codingOf(system: string, code: string | null, display: string | null): Coding | null {
  return code && display ? { system, code, display } : null;
}
