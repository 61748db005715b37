import type { Consent, Provenance, Reference } from '@medplum/fhirtypes';
import type { ConsentRow, DisclosureRow } from '@oneplan/prisma';
import { PART2_SECURITY_LABELS, TERMINOLOGY, US_CORE } from '../fhir-codes.js';
import { day, instant, meta, narrative, readable, ref } from './references.js';

/**
 * The consent the export relies on: who may receive what, for which purpose and period. Categories are
 * OnePlan's own (the recipient reads them as text); Part 2's policy is the consent's rule.
 */
export function consentResource(consent: ConsentRow, patientId: string, programId: string): Consent {
  const categories = consent.allCategories ? 'All categories (SUD counseling notes only when named)' : consent.categories.map(readable).join(', ');
  return {
    resourceType: 'Consent',
    id: consent.id,
    meta: meta(null, false),
    text: narrative(`Consent to disclose to ${consent.recipientName} for: ${consent.purpose}.`, `Categories: ${categories}.`),
    status: consent.revokedAt ? 'inactive' : 'active',
    scope: { coding: [{ system: TERMINOLOGY.consentScope, code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [{ coding: [{ system: TERMINOLOGY.loinc, code: '59284-0', display: 'Patient Consent' }] }],
    patient: ref('Patient', patientId),
    dateTime: instant(consent.recordedAt),
    organization: [ref('Organization', programId)],
    policyRule: { coding: [PART2_SECURITY_LABELS[1]] },
    provision: {
      type: 'permit',
      period: { start: day(consent.startsOn), end: day(consent.expiresOn) },
      actor: [{ role: { coding: [{ system: TERMINOLOGY.participationType, code: 'IRCP', display: 'information recipient' }] }, reference: { display: consent.recipientName } }],
      purpose: [{ system: TERMINOLOGY.actReason, code: 'TREAT', display: 'treatment' }],
    },
  };
}

/**
 * The disclosure itself: who disclosed which resources, when, under which consent. Its narrative carries
 * the 42 CFR 2.32 notice, which must travel with Part 2 records.
 */
export function provenanceResource(disclosure: DisclosureRow, targets: Reference[], programId: string, notice: string, part2: boolean): Provenance {
  return {
    resourceType: 'Provenance',
    id: disclosure.id,
    meta: { profile: [US_CORE.provenance], ...(part2 ? { security: PART2_SECURITY_LABELS } : {}) },
    text: narrative(notice),
    target: targets,
    recorded: instant(disclosure.disclosedAt),
    policy: [`urn:uuid:${disclosure.consentId}`],
    activity: { coding: [{ system: TERMINOLOGY.dataOperation, code: 'CREATE', display: 'create' }], text: `Disclosed to ${disclosure.recipientName}` },
    agent: [
      {
        type: { coding: [{ system: TERMINOLOGY.provenanceParticipant, code: 'author', display: 'Author' }] },
        who: ref('Practitioner', disclosure.disclosedById),
        onBehalfOf: ref('Organization', programId),
      },
    ],
  };
}
