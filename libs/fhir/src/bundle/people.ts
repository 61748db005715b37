import type { CareTeam, EpisodeOfCare, Extension, Organization, Patient, Practitioner, PractitionerRole } from '@medplum/fhirtypes';
import { LEVEL_OF_CARE_HISTORY_URL, LEVEL_OF_CARE_TEXT, recordNumberSystem, TERMINOLOGY, US_CORE } from '../fhir-codes.js';
import type { FhirExportSource, FhirPlan, FhirStaff } from '../fhir-export.repository.js';
import { day, derivedId, instant, meta, readable, ref } from './references.js';

type Source = FhirExportSource & { plan: FhirPlan };

/**
 * The patient with the program's record number. OnePlan records no administrative gender, which US Core
 * requires: the export says "unknown", the value FHIR gives for it.
 */
export function patientResource({ patient }: Source): Patient {
  return {
    resourceType: 'Patient',
    id: patient.id,
    meta: meta(US_CORE.patient, false),
    identifier: [
      {
        use: 'usual',
        type: { coding: [{ system: TERMINOLOGY.identifierType, code: 'MR', display: 'Medical record number' }] },
        system: recordNumberSystem(patient.programId),
        value: patient.recordNumber,
        assigner: ref('Organization', patient.programId, patient.program.name),
      },
    ],
    active: true,
    name: [{ use: 'official', family: patient.lastName, given: [patient.firstName] }],
    gender: 'unknown',
    birthDate: day(patient.dateOfBirth),
    managingOrganization: ref('Organization', patient.programId),
  };
}

/** The organization, and the program as a part of it (the program assigns record numbers and holds the episode). */
export function organizationResources({ patient }: Source): Organization[] {
  const { program } = patient;
  return [
    { resourceType: 'Organization', id: program.organization.id, meta: meta(US_CORE.organization, false), active: true, name: program.organization.name },
    {
      resourceType: 'Organization',
      id: program.id,
      meta: meta(US_CORE.organization, false),
      active: true,
      type: [{ text: `Behavioral health program: ${LEVEL_OF_CARE_TEXT[program.levelOfCare]}` }],
      name: program.name,
      partOf: ref('Organization', program.organization.id),
    },
  ];
}

/** Each staff member the exported records name. OnePlan keeps a full name as one text, not split into family and given. */
export function practitionerResources(staff: Iterable<FhirStaff>): Practitioner[] {
  return [...staff].map((member) => ({
    resourceType: 'Practitioner',
    id: member.id,
    meta: meta(null, false),
    active: true,
    name: [{ text: member.credentials ? `${member.name}, ${member.credentials}` : member.name }],
  }));
}

/** Each care team membership as the member's role in the program. */
export function practitionerRoleResources({ plan, patient }: Source): PractitionerRole[] {
  return plan.episode.careTeam.map((member) => ({
    resourceType: 'PractitionerRole',
    id: member.id,
    // No US Core claim: its PractitionerRole profile wants contact details OnePlan does not keep for staff.
    meta: meta(null, false),
    active: !member.removedAt,
    period: { start: day(member.fromDate), ...(member.toDate ? { end: day(member.toDate) } : {}) },
    practitioner: ref('Practitioner', member.staffId, member.staff.name),
    organization: ref('Organization', patient.programId),
    code: [{ text: readable(member.role) }],
  }));
}

export function careTeamResource({ plan, patient }: Source): CareTeam {
  return {
    resourceType: 'CareTeam',
    id: derivedId(plan.episodeId, 'care-team'),
    meta: meta(US_CORE.careTeam, false),
    status: 'active',
    name: 'Treatment team',
    subject: ref('Patient', patient.id),
    managingOrganization: [ref('Organization', patient.programId)],
    participant: plan.episode.careTeam.map((member) => ({
      role: [{ text: readable(member.role) }],
      member: ref('Practitioner', member.staffId, member.staff.name),
      onBehalfOf: ref('Organization', patient.programId),
      period: { start: day(member.fromDate), ...(member.toDate ? { end: day(member.toDate) } : member.removedAt ? { end: day(member.removedAt) } : {}) },
    })),
  };
}

/** The levels of care the plan went through, each with its period, from the plan's level-of-care changes. */
function levelOfCareHistory(plan: FhirPlan): Extension[] {
  const stays: Array<{ level: string; start: Date; end?: Date }> = [];
  let level: string | null = LEVEL_OF_CARE_TEXT[plan.levelOfCareChanges[0]?.fromLevel ?? plan.levelOfCare];
  let start = plan.createdAt;
  for (const change of plan.levelOfCareChanges) {
    if (level) stays.push({ level, start, end: change.changedAt });
    level = change.toLevel ? LEVEL_OF_CARE_TEXT[change.toLevel] : change.referralTo ? `Referred out to ${readable(change.referralTo).toLowerCase()}` : null;
    start = change.changedAt;
  }
  if (level) stays.push({ level, start });
  return stays.map((stay) => ({
    url: LEVEL_OF_CARE_HISTORY_URL,
    extension: [
      { url: 'levelOfCare', valueCodeableConcept: { text: stay.level } },
      { url: 'period', valuePeriod: { start: instant(stay.start), ...(stay.end ? { end: instant(stay.end) } : {}) } },
    ],
  }));
}

export function episodeOfCareResource({ plan, patient }: Source): EpisodeOfCare {
  const { episode } = plan;
  return {
    resourceType: 'EpisodeOfCare',
    id: episode.id,
    meta: meta(null, false),
    extension: levelOfCareHistory(plan),
    status: episode.status === 'OPEN' ? 'active' : 'finished',
    type: [{ text: LEVEL_OF_CARE_TEXT[plan.levelOfCare] }],
    patient: ref('Patient', patient.id),
    managingOrganization: ref('Organization', patient.programId),
    period: { start: day(episode.startDate), ...(episode.endDate ? { end: day(episode.endDate) } : {}) },
    team: [ref('CareTeam', derivedId(plan.episodeId, 'care-team'))],
  };
}
