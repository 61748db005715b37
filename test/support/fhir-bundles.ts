import { randomBytes } from 'node:crypto';
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';

/** An EHR's record number system (an OID-based URN, as Epic and others send it). */
export const EHR_MRN_SYSTEM = 'urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14';
export const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
export const SNOMED = 'http://snomed.info/sct';
export const ICD10 = 'http://hl7.org/fhir/sid/icd-10-cm';

export interface EhrPatient {
  mrn?: string;
  family: string;
  given: string;
  birthDate: string;
}

export const newMrn = () => `E${randomBytes(4).toString('hex')}`;

const entry = (resource: Resource): BundleEntry => ({ fullUrl: `urn:uuid:${resource.id}`, resource });
const id = () => crypto.randomUUID();

/**
 * A patient's record as an EHR sends it to a behavioral-health program: the patient with the EHR's
 * record number, telecom and address; a few conditions (coded in SNOMED CT and/or ICD-10-CM, one refuted);
 * medications with and without RxNorm (one through a Medication resource); an allergy; the practitioner
 * and organization they refer to.
 */
export function ehrBundle(patient: EhrPatient, extra: Resource[] = []): Bundle {
  const patientId = id();
  const practitionerId = id();
  const medicationId = id();
  const subject = { reference: `urn:uuid:${patientId}` };
  const resources: Resource[] = [
    {
      resourceType: 'Patient',
      id: patientId,
      identifier: patient.mrn ? [{ use: 'usual', type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, system: EHR_MRN_SYSTEM, value: patient.mrn }] : [],
      name: [{ use: 'official', family: patient.family, given: [patient.given, 'Q'] }],
      gender: 'female',
      birthDate: patient.birthDate,
      telecom: [{ system: 'phone', value: '555-0100', use: 'mobile' }],
      address: [{ line: ['1 Main St'], city: 'Springfield', state: 'IL', postalCode: '62701' }],
    },
    { resourceType: 'Practitioner', id: practitionerId, name: [{ family: 'Rivera', given: ['Ana'] }] },
    { resourceType: 'Organization', id: id(), name: 'Springfield Family Medicine' },
    {
      resourceType: 'Condition',
      id: id(),
      clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
      verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }] },
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' }] }],
      code: {
        coding: [
          { system: SNOMED, code: '47505003', display: 'Posttraumatic stress disorder' },
          { system: ICD10, code: 'F43.10', display: 'Post-traumatic stress disorder, unspecified' },
        ],
        text: 'PTSD',
      },
      subject,
      onsetDateTime: '2019-06-01',
    },
    { resourceType: 'Condition', id: id(), code: { coding: [{ system: ICD10, code: 'F10.20', display: 'Alcohol dependence, uncomplicated' }] }, subject },
    { resourceType: 'Condition', id: id(), code: { coding: [{ system: SNOMED, code: '38341003', display: 'Hypertensive disorder' }], text: 'Hypertension' }, subject },
    {
      resourceType: 'Condition',
      id: id(),
      verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'refuted' }] },
      code: { text: 'Bipolar disorder (ruled out)' },
      subject,
    },
    {
      resourceType: 'MedicationRequest',
      id: id(),
      status: 'active',
      intent: 'order',
      medicationCodeableConcept: { coding: [{ system: RXNORM, code: '312938', display: 'sertraline 50 MG Oral Tablet' }], text: 'Sertraline 50 mg tablet' },
      subject,
      requester: { reference: `urn:uuid:${practitionerId}` },
      dosageInstruction: [{ text: '1 tablet by mouth daily' }],
    },
    { resourceType: 'MedicationStatement', id: id(), status: 'active', medicationCodeableConcept: { text: 'Multivitamin' }, subject, dosage: [{ text: 'daily' }] },
    { resourceType: 'Medication', id: medicationId, code: { coding: [{ system: RXNORM, code: '197361', display: 'amlodipine 5 MG Oral Tablet' }] } },
    { resourceType: 'MedicationRequest', id: id(), status: 'active', intent: 'order', medicationReference: { reference: `urn:uuid:${medicationId}` }, subject },
    {
      resourceType: 'AllergyIntolerance',
      id: id(),
      clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }] },
      criticality: 'high',
      code: { coding: [{ system: RXNORM, code: '7980', display: 'Penicillin G' }], text: 'Penicillin' },
      patient: subject,
      reaction: [{ manifestation: [{ text: 'Hives' }] }],
    },
    ...extra.map((resource) => ({ ...resource, subject }) as Resource),
  ];
  return { resourceType: 'Bundle', id: id(), type: 'collection', meta: { source: 'https://ehr.springfield-family.example/fhir' }, entry: resources.map(entry) };
}
