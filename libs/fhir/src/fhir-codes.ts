import { CODE_SYSTEMS } from '@oneplan/graphql';
import type { Coding } from '@medplum/fhirtypes';
import type { LevelOfCare } from '@oneplan/prisma';

/** Terminology OnePlan's FHIR resources code with, beyond the clinical systems of CODE_SYSTEMS. */
export const TERMINOLOGY = {
  ...CODE_SYSTEMS,
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  actReason: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  confidentiality: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  goalAchievement: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  provenanceParticipant: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
  dataOperation: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  usCoreCarePlanCategory: 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category',
  usCoreDocumentCategory: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category',
} as const;

/** OnePlan's extension for the levels of care an episode went through, each with its period. */
export const LEVEL_OF_CARE_HISTORY_URL = 'https://oneplan.example/fhir/StructureDefinition/level-of-care-history';

/** The levels of care as clinicians name them. */
export const LEVEL_OF_CARE_TEXT: Record<LevelOfCare, string> = {
  PHP: 'Partial hospitalization (PHP)',
  IOP: 'Intensive outpatient (IOP)',
  VIRTUAL_IOP: 'Virtual intensive outpatient (virtual IOP)',
};

/** US Core profiles the exported resources claim, where one exists for the resource. */
export const US_CORE = {
  patient: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient',
  organization: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-organization',
  careTeam: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-careteam',
  carePlan: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-careplan',
  condition: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-condition-problems-health-concerns',
  goal: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-goal',
  medicationRequest: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-medicationrequest',
  observation: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-screening-assessment',
  encounter: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-encounter',
  documentReference: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-documentreference',
  provenance: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-provenance',
} as const;

/**
 * The security labels of HL7's healthcare privacy and security classification (HCS) that mark 42 CFR
 * Part 2 data, as the Data Segmentation for Privacy guide applies them: restricted confidentiality, the
 * Part 2 privacy law, substance-use information sensitivity, and the refrain "no redisclosure without
 * consent directive".
 */
export const PART2_SECURITY_LABELS: Coding[] = [
  { system: TERMINOLOGY.confidentiality, code: 'R', display: 'restricted' },
  { system: TERMINOLOGY.actCode, code: '42CFRPart2', display: '42 CFR Part2' },
  { system: TERMINOLOGY.actCode, code: 'ETH', display: 'substance abuse information sensitivity' },
  { system: TERMINOLOGY.actCode, code: 'NORDSCLCD', display: 'no redisclosure without consent directive' },
];

/** Behavioral-health records that are not Part 2 data are still restricted (psychiatry information). */
export const RESTRICTED_LABELS: Coding[] = [
  { system: TERMINOLOGY.confidentiality, code: 'R', display: 'restricted' },
  { system: TERMINOLOGY.actCode, code: 'PSY', display: 'psychiatry information sensitivity' },
];

/** The identifier system of a program's record numbers: the program's own URN, so numbers of two programs never meet. */
export function recordNumberSystem(programId: string): string {
  return `urn:uuid:${programId}`;
}
