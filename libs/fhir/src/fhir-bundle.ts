import type { Bundle, Resource } from '@medplum/fhirtypes';
import { disclosedRecords, part2, type Part2Labels } from '@oneplan/plan';
import type { ConsentRow, DisclosureCategory, DisclosureRow } from '@oneplan/prisma';
import { consentResource, provenanceResource } from './bundle/disclosure.js';
import { careTeamResource, episodeOfCareResource, organizationResources, patientResource, practitionerResources, practitionerRoleResources } from './bundle/people.js';
import { carePlanResource, conditionResource, goalResource } from './bundle/plan.js';
import { dischargeSummaryResource, encounterResources, medicationRequestResources, noteResources, observationResources, safetyPlanResource } from './bundle/record.js';
import { instant, ref } from './bundle/references.js';
import { PART2_SECURITY_LABELS, RESTRICTED_LABELS } from './fhir-codes.js';
import type { FhirExportSource, FhirPlan, FhirStaff } from './fhir-export.repository.js';

export interface FhirDisclosure {
  source: FhirExportSource & { plan: FhirPlan };
  /** Every staff member the records name, by id. */
  staff: Map<string, FhirStaff>;
  labels: Part2Labels | null;
  categories: DisclosureCategory[];
  consent: ConsentRow;
  disclosure: DisclosureRow;
  notice: string;
  /** searchset for the REST $everything operation, collection for exportPlan. */
  type: 'collection' | 'searchset';
}

/** Staff ids the exported records name (authors, prescribers, facilitators, the discloser), for one read. */
export function staffNamedBy(source: FhirExportSource & { plan: FhirPlan }, disclosedById: string): string[] {
  const { plan, patient } = source;
  return [
    ...new Set([
      disclosedById,
      plan.createdById,
      ...plan.medicationChanges.map((row) => row.prescriberId),
      ...plan.measures.map((row) => row.recordedById),
      ...plan.sessions.map((row) => row.therapistId),
      ...plan.notes.map((row) => row.authorId),
      ...(plan.safetyPlan ? [plan.safetyPlan.updatedById] : []),
      ...(plan.discharge ? [plan.discharge.dischargedById] : []),
      ...patient.attendance.map((row) => row.groupSession.facilitatorId),
    ]),
  ];
}

/**
 * The discharge summary, with the problems and goals: Part 2 data (and so only under SUBSTANCE_USE) when
 * the plan holds any, since its narrative may speak of them.
 */
function dischargeOf({ source, labels, categories }: FhirDisclosure): Resource[] {
  const { plan, patient } = source;
  if (!plan.discharge || !categories.includes('PROBLEMS_AND_GOALS')) return [];
  const isPart2 = plan.problems.some((problem) => part2.problem(problem)) || Boolean(labels?.goalIds.length || labels?.medicationChangeIds.length);
  return isPart2 && !categories.includes('SUBSTANCE_USE') ? [] : [dischargeSummaryResource(plan.discharge, patient.id, isPart2)];
}

/**
 * The patient's plan (the open one, else the latest) as a FHIR R4 Bundle of what the consent covers (disclosedRecords selects,
 * as for every export). Identity, program, team and episode always travel: the recipient matches the
 * patient by them. Every resource carries security labels; Part 2 resources carry Part 2's, and so does
 * the Bundle when any is inside.
 */
export function buildFhirBundle(input: FhirDisclosure): Bundle {
  const { source, labels, categories, consent, disclosure } = input;
  const { plan, patient } = source;
  const disclosed = disclosedRecords(plan, labels, categories);
  const problemIds = new Set(disclosed.problems.map((problem) => problem.id));
  const clinical: Resource[] = [
    ...disclosed.problems.map((problem) => conditionResource(problem, patient.id)),
    ...disclosed.goals.map((goal) => goalResource(goal, patient.id, labels, problemIds)),
    ...medicationRequestResources(disclosed.medicationChanges, patient.id, labels),
    ...observationResources(disclosed.measures, patient.id),
    ...noteResources(disclosed.progressNotes, disclosed.amendmentsOf, patient.id, labels, 'Progress note'),
    ...noteResources(disclosed.sudCounselingNotes, disclosed.amendmentsOf, patient.id, labels, 'SUD counseling note'),
    ...(disclosed.safetyPlan ? [safetyPlanResource(disclosed.safetyPlan, patient.id)] : []),
    ...(disclosed.attendance ? encounterResources(plan, patient.attendance, patient.id) : []),
    ...dischargeOf(input),
  ];
  const isPart2 = (resource: Resource) => Boolean(resource.meta?.security?.some((label) => label.code === '42CFRPart2'));
  const anyPart2 = clinical.some(isPart2);
  if (categories.includes('PROBLEMS_AND_GOALS')) clinical.unshift(carePlanResource(plan, patient.id, disclosed.problems, disclosed.goals, anyPart2));
  const resources: Resource[] = [
    patientResource(source),
    ...organizationResources(source),
    ...practitionerResources(input.staff.values()),
    ...practitionerRoleResources(source),
    careTeamResource(source),
    episodeOfCareResource(source),
    ...clinical,
    consentResource(consent, patient.id, patient.programId),
  ];
  const targets = resources.map((resource) => ref(resource.resourceType, resource.id!));
  resources.push(provenanceResource(disclosure, targets, patient.programId, input.notice, anyPart2));
  return {
    resourceType: 'Bundle',
    id: disclosure.id,
    meta: { lastUpdated: instant(disclosure.disclosedAt), security: anyPart2 ? PART2_SECURITY_LABELS : RESTRICTED_LABELS },
    type: input.type,
    timestamp: instant(disclosure.disclosedAt),
    ...(input.type === 'searchset' ? { total: 1 } : {}),
    entry: resources.map((resource) => ({
      fullUrl: `urn:uuid:${resource.id}`,
      resource,
      ...(input.type === 'searchset' ? { search: { mode: resource.resourceType === 'Patient' ? ('match' as const) : ('include' as const) } } : {}),
    })),
  };
}
