import type { AllergyIntolerance, Bundle, CodeableConcept, Condition, Medication, MedicationRequest, MedicationStatement, Patient, Reference, Resource } from '@medplum/fhirtypes';
import { BadUserInputError, type InvalidField } from '@oneplan/errors';
import { ICD10_CM, SNOMED_CONCEPT } from '@oneplan/plan';
import type { ImportedItemKind } from '@oneplan/prisma';
import { TERMINOLOGY } from '../fhir-codes.js';
import { isR4ResourceType, r4Errors } from './r4-validator.js';

/** Entries a patient Bundle may hold: a record's worth, and the validation it costs stays bounded. */
export const MAX_BUNDLE_ENTRIES = 500;
/** Invalid elements reported at once (the rest are the same mistake repeated). */
const MAX_REPORTED = 50;
const MAX_DISPLAY = 500;
const VALIDATED_PER_TURN = 10;
/** Objects and lists within one another at most: a real record nests about a dozen; validation recurses per level. */
const MAX_DEPTH = 32;
const MAX_NAME = 100;
const MAX_IDENTIFIERS = 20;
const MAX_DETAIL = 2000;

const TAKEN = ['Patient', 'Condition', 'MedicationStatement', 'MedicationRequest', 'AllergyIntolerance'];
/** Resources taken in only as what the others refer to (a medication's code, an author). */
const REFERRED = ['Medication', 'Organization', 'Practitioner', 'PractitionerRole'];
const RXNORM_CODE = /^[0-9]{1,10}$/;

export interface ImportedPatient {
  identifiers: Array<{ system: string; value: string }>;
  firstName: string;
  lastName: string;
  dateOfBirth: Date;
}

export interface ImportedEntry {
  kind: ImportedItemKind;
  display: string;
  snomedCode?: string;
  snomedDisplay?: string;
  icd10Code?: string;
  icd10Display?: string;
  rxNormCode?: string;
  detail?: string;
  sourceReference: string;
}

export interface PatientBundle {
  bundleId: string | null;
  source: string | null;
  patient: ImportedPatient;
  items: ImportedEntry[];
  /** Valid R4 resources of other types (observations, encounters, care plans), left out: e.g. "Observation/123". */
  skipped: string[];
}

/** Collects every invalid element, named by where it sits in the Bundle, and refuses them together. */
class Findings {
  readonly invalid: InvalidField[] = [];
  add(field: string, message: string) {
    if (this.invalid.length < MAX_REPORTED) this.invalid.push({ field, message });
  }
  refuseAny() {
    if (this.invalid.length) throw new BadUserInputError(this.invalid[0].field, this.invalid[0].message, this.invalid.slice(1));
  }
}

const at = (index: number, element = '') => `bundle.entry[${index}].resource${element}`;
const nameOf = (resource: Resource) => `${resource.resourceType}/${resource.id ?? '(no id)'}`;

/**
 * Reads a FHIR R4 Bundle sent from an EHR: its Patient (exactly one), Conditions, MedicationStatements and
 * MedicationRequests (with RxNorm when coded, Medication resources resolved) and AllergyIntolerances.
 * Each of these is validated against the R4 definitions first; anything invalid, or not a FHIR R4 resource
 * at all, is refused naming the entry, resource and element, before anything is written. Resources of other
 * R4 types (an EHR's observations and encounters) are left out and listed.
 */
export async function readPatientBundle(text: string): Promise<PatientBundle> {
  let bundle: Bundle;
  try {
    bundle = JSON.parse(text) as Bundle;
  } catch {
    throw new BadUserInputError('bundle', 'The bundle is not valid JSON');
  }
  if (typeof bundle !== 'object' || bundle === null || bundle.resourceType !== 'Bundle') throw new BadUserInputError('bundle', 'The bundle must be a FHIR R4 Bundle (resourceType "Bundle")');
  if (nestedDeeperThan(bundle, MAX_DEPTH)) throw new BadUserInputError('bundle', `The bundle nests objects and lists more than ${MAX_DEPTH} deep`);
  if (!Array.isArray(bundle.entry) || bundle.entry.length === 0) throw new BadUserInputError('bundle.entry', 'The Bundle has no entries');
  if (bundle.entry.length > MAX_BUNDLE_ENTRIES) throw new BadUserInputError('bundle.entry', `A patient Bundle holds at most ${MAX_BUNDLE_ENTRIES} entries (this one: ${bundle.entry.length})`);
  const findings = new Findings();
  const skipped: string[] = [];
  const entries = bundle.entry.map((entry, index) => ({ index, fullUrl: entry?.fullUrl, resource: entry?.resource }));
  for (const { index, resource } of entries) {
    // Validating a resource takes about a millisecond: other requests are served between every few.
    if (index % VALIDATED_PER_TURN === VALIDATED_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
    if (!resource || typeof resource !== 'object') {
      findings.add(`bundle.entry[${index}]`, `Entry ${index} has no resource`);
      continue;
    }
    if (!isR4ResourceType(resource.resourceType)) {
      findings.add(at(index, '.resourceType'), `Entry ${index}: "${String(resource.resourceType).slice(0, 64)}" is not a FHIR R4 resource type`);
      continue;
    }
    if (![...TAKEN, ...REFERRED].includes(resource.resourceType)) {
      skipped.push(nameOf(resource));
      continue;
    }
    // A string where an object belongs is reported per character ("code.0", "code.1"): once, at the element.
    const seen = new Set<string>();
    for (const issue of r4Errors(resource)) {
      const expression = (issue.expression?.[0] ?? resource.resourceType).replace(/(\.\d+)+$/, '');
      if (seen.has(expression)) continue;
      seen.add(expression);
      findings.add(at(index, expression.slice(resource.resourceType.length)), `${nameOf(resource)} ${expression}: ${issue.details?.text ?? 'invalid'}`);
    }
  }
  findings.refuseAny();

  const valid = entries as Array<{ index: number; fullUrl?: string; resource: Resource }>;
  const patients = valid.filter(({ resource }) => resource.resourceType === 'Patient');
  if (patients.length !== 1) throw new BadUserInputError('bundle.entry', `A patient Bundle holds exactly one Patient (this one: ${patients.length})`);
  const [patientEntry] = patients;
  const patient = readPatient(patientEntry.resource as Patient, patientEntry.index, findings);
  const byReference = new Map<string, Resource>();
  for (const { fullUrl, resource } of valid) {
    if (fullUrl) byReference.set(fullUrl, resource);
    if (resource.id) byReference.set(`${resource.resourceType}/${resource.id}`, resource);
  }
  const isPatient = (reference: Reference | undefined) => Boolean(reference?.reference && byReference.get(reference.reference) === patientEntry.resource);
  const items: ImportedEntry[] = [];
  for (const { index, resource } of valid) {
    const read = READERS[resource.resourceType];
    if (!read) continue;
    const subject = resource.resourceType === 'AllergyIntolerance' ? (resource as AllergyIntolerance).patient : (resource as Condition).subject;
    if (!isPatient(subject)) {
      findings.add(at(index, resource.resourceType === 'AllergyIntolerance' ? '.patient' : '.subject'), `${nameOf(resource)}: must refer to the Bundle's Patient`);
      continue;
    }
    const item = read(resource, (element, message) => findings.add(at(index, element), `${nameOf(resource)} ${resource.resourceType}${element}: ${message}`), byReference);
    if (item) items.push({ ...item, sourceReference: nameOf(resource) });
  }
  findings.refuseAny();
  return { bundleId: bundle.id ?? null, source: bundle.meta?.source ?? null, patient: patient!, items, skipped };
}

/** Whether JSON nests objects and lists more than `limit` deep, walked without recursion (linear in its size). */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

function readPatient(resource: Patient, index: number, findings: Findings): ImportedPatient | undefined {
  const name = resource.name?.find((candidate) => candidate.use === 'official') ?? resource.name?.[0];
  const firstName = name?.given?.[0]?.trim();
  const lastName = name?.family?.trim();
  if (!firstName || !lastName) findings.add(at(index, '.name'), `${nameOf(resource)} Patient.name: needs a family name and a given name to match or register the patient`);
  else if (firstName.length > MAX_NAME || lastName.length > MAX_NAME) findings.add(at(index, '.name'), `${nameOf(resource)} Patient.name: names are at most ${MAX_NAME} characters`);
  if (!resource.birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(resource.birthDate)) {
    findings.add(at(index, '.birthDate'), `${nameOf(resource)} Patient.birthDate: needs a full date of birth (YYYY-MM-DD) to match or register the patient`);
  } else if (new Date(`${resource.birthDate}T00:00:00Z`) > new Date()) {
    findings.add(at(index, '.birthDate'), `${nameOf(resource)} Patient.birthDate: cannot be in the future`);
  }
  const identifiers = (resource.identifier ?? []).filter((identifier) => identifier.system && identifier.value).map((identifier) => ({ system: identifier.system!, value: identifier.value!.trim() }));
  if (identifiers.length > MAX_IDENTIFIERS || identifiers.some(({ system, value }) => system.length > 500 || value.length === 0 || value.length > 50)) {
    findings.add(at(index, '.identifier'), `${nameOf(resource)} Patient.identifier: at most ${MAX_IDENTIFIERS}, each a system of up to 500 characters and a value of 1-50`);
  }
  findings.refuseAny();
  return { identifiers, firstName: firstName!, lastName: lastName!, dateOfBirth: new Date(`${resource.birthDate}T00:00:00Z`) };
}

type Report = (element: string, message: string) => void;
type Reader = (resource: Resource, report: Report, byReference: Map<string, Resource>) => Omit<ImportedEntry, 'sourceReference'> | null;

/** The text a concept reads as: its text, else its first coding's display or code. */
function textOf(concept: CodeableConcept | undefined): string | undefined {
  return concept?.text?.trim() || concept?.coding?.find((coding) => coding.display)?.display?.trim() || concept?.coding?.find((coding) => coding.code)?.code;
}

function codeIn(concept: CodeableConcept | undefined, system: string, shape: RegExp) {
  const coding = concept?.coding?.find((candidate) => candidate.system === system && candidate.code && shape.test(candidate.code));
  return coding && { code: coding.code!, display: coding.display ?? textOf(concept)! };
}

/** Display and detail within their lengths, or the element named as too long. */
function bounded(display: string | undefined, detail: string, report: Report, element: string) {
  if (!display) return (report(element, 'needs a text or a coded display'), null);
  if (display.length > MAX_DISPLAY) return (report(element, `is longer than ${MAX_DISPLAY} characters`), null);
  return { display, ...(detail ? { detail: detail.slice(0, MAX_DETAIL) } : {}) };
}

const WITHDRAWN = new Set(['entered-in-error', 'refuted']);
/** Medications no longer taken (or never): history, not what the team reconciles. */
const INACTIVE_MEDICATION = new Set(['entered-in-error', 'completed', 'stopped', 'cancelled', 'not-taken']);
const statusOf = (concept: CodeableConcept | undefined) => concept?.coding?.[0]?.code;

const READERS: Record<string, Reader> = {
  Condition(resource, report) {
    const condition = resource as Condition;
    if (WITHDRAWN.has(statusOf(condition.verificationStatus) ?? '')) return null;
    const snomed = codeIn(condition.code, TERMINOLOGY.snomed, SNOMED_CONCEPT);
    const icd10 = codeIn(condition.code, TERMINOLOGY.icd10cm, ICD10_CM);
    const detail = [statusOf(condition.clinicalStatus) && `Clinical status: ${statusOf(condition.clinicalStatus)}`, condition.onsetDateTime && `Onset: ${condition.onsetDateTime}`]
      .filter(Boolean)
      .join('; ');
    const text = bounded(textOf(condition.code), detail, report, '.code');
    return (
      text && {
        kind: 'CONDITION',
        ...text,
        ...(snomed ? { snomedCode: snomed.code, snomedDisplay: snomed.display } : {}),
        ...(icd10 ? { icd10Code: icd10.code, icd10Display: icd10.display } : {}),
      }
    );
  },
  MedicationStatement: (resource, report, byReference) => medication(resource as MedicationStatement, (resource as MedicationStatement).dosage?.[0]?.text, report, byReference),
  MedicationRequest: (resource, report, byReference) => medication(resource as MedicationRequest, (resource as MedicationRequest).dosageInstruction?.[0]?.text, report, byReference),
  AllergyIntolerance(resource, report) {
    const allergy = resource as AllergyIntolerance;
    if (WITHDRAWN.has(statusOf(allergy.verificationStatus) ?? '')) return null;
    const reactions = (allergy.reaction ?? []).flatMap((reaction) => reaction.manifestation.map(textOf)).filter(Boolean);
    const detail = [allergy.criticality && `Criticality: ${allergy.criticality}`, reactions.length && `Reactions: ${reactions.join(', ')}`].filter(Boolean).join('; ');
    const text = bounded(textOf(allergy.code), detail, report, '.code');
    return text && { kind: 'ALLERGY', ...text };
  },
};

/** A medication by its concept, or the Medication resource it refers to; RxNorm when coded so. */
function medication(resource: MedicationStatement | MedicationRequest, dosage: string | undefined, report: Report, byReference: Map<string, Resource>): Omit<ImportedEntry, 'sourceReference'> | null {
  if (INACTIVE_MEDICATION.has(resource.status ?? '')) return null;
  let concept = resource.medicationCodeableConcept;
  if (!concept && resource.medicationReference) {
    const referred = byReference.get(resource.medicationReference.reference ?? '');
    if (referred?.resourceType !== 'Medication') return (report('.medicationReference', 'must refer to a Medication in the Bundle'), null);
    concept = (referred as Medication).code;
  }
  const rxNorm = codeIn(concept, TERMINOLOGY.rxnorm, RXNORM_CODE);
  const detail = [dosage && `Dosage: ${dosage}`, resource.status && `Status: ${resource.status}`].filter(Boolean).join('; ');
  const text = bounded(textOf(concept), detail, report, resource.medicationReference ? '.medicationReference' : '.medicationCodeableConcept');
  return text && { kind: 'MEDICATION', ...text, ...(rxNorm ? { rxNormCode: rxNorm.code } : {}) };
}
