import { DateTime } from 'luxon';
import { randomBytes } from 'node:crypto';
import type { CareTeamRole, Discipline, LevelOfCare } from '@oneplan/prisma';
import { ok, startTestApi, type TestApi } from './test-api.js';

export { PLAN_QUERY } from '../../bench/plan-fixture.js';

const DAY = 86_400_000;
export const daysFromToday = (days: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()) + days * DAY);
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const ASAM_DIMENSIONS = ['ACUTE_INTOXICATION_WITHDRAWAL', 'BIOMEDICAL', 'EMOTIONAL_BEHAVIORAL_COGNITIVE', 'READINESS_TO_CHANGE', 'RELAPSE_CONTINUED_USE', 'RECOVERY_ENVIRONMENT'];
/** The six ASAM Criteria dimensions rated in order (an intake, or the re-assessment of a step down or up). */
export const asamRatings = (values: number[] = [0, 0, 0, 0, 2, 0]) => ASAM_DIMENSIONS.map((dimension, i) => ({ dimension, rating: values[i], note: `Rated ${values[i]}` }));
/** A day counted from today in a test clinic's program time zone (dates the API works out in that zone), as YYYY-MM-DD. */
export const programDay = (days: number, timeZone = 'America/New_York') => DateTime.now().setZone(timeZone).plus({ days }).toISODate()!;
/** The same program day as a Date at midnight UTC, for date arithmetic (YYYY-MM-DD again with isoDate). */
export const programDate = (days = 0, timeZone = 'America/New_York') => new Date(`${programDay(days, timeZone)}T00:00:00Z`);

export interface Clinic {
  organizationId: string;
  programId: string;
  staff: Record<'therapist' | 'cotherapist' | 'facilitator' | 'prescriber' | 'caseManager' | 'admin' | 'outsider' | 'organizationAdmin', string>;
  patientId: string;
  episodeId: string;
  planId: string;
}

const TEAM: Array<[Exclude<keyof Clinic['staff'], 'organizationAdmin'>, Discipline, CareTeamRole | null]> = [
  ['therapist', 'THERAPIST', 'PRIMARY_THERAPIST'],
  ['cotherapist', 'THERAPIST', 'THERAPIST'],
  ['facilitator', 'GROUP_FACILITATOR', 'GROUP_FACILITATOR'],
  ['prescriber', 'PRESCRIBER', 'PRESCRIBER'],
  ['caseManager', 'CASE_MANAGER', 'CASE_MANAGER'],
  ['admin', 'PROGRAM_ADMIN', null],
  ['outsider', 'THERAPIST', null],
];

export const CREATE_PLAN = `mutation($episodeId: ID!) { createTreatmentPlan(input: { episodeId: $episodeId }) { plan { id version } } }`;

/** An organization (a new one unless named) with an administrator and a program with a full care team, one patient in an open episode, and that patient's plan (made through the API). */
export async function buildClinic(api: TestApi, levelOfCare: LevelOfCare = 'IOP', timeZone = 'America/New_York', organizationId?: string): Promise<Clinic> {
  const tag = randomBytes(4).toString('hex');
  const organization = organizationId ? { connect: { id: organizationId } } : { create: { name: `Test organization ${tag}` } };
  const program = await api.prisma.program.create({ data: { name: `Test program ${tag}`, levelOfCare, timeZone, organization } });
  const staff = {} as Clinic['staff'];
  for (const [key, discipline] of TEAM) {
    const member = await api.prisma.staffMember.create({
      data: { programId: program.id, name: `${key} ${tag}`, email: `${key.toLowerCase()}.${tag}@test.example`, credentials: 'LCSW', discipline },
    });
    staff[key] = member.id;
  }
  const organizationAdmin = await api.prisma.staffMember.create({
    data: { organizationId: program.organizationId, name: `organization admin ${tag}`, email: `organization-admin.${tag}@test.example`, credentials: 'MHA', discipline: 'ORGANIZATION_ADMIN' },
  });
  staff.organizationAdmin = organizationAdmin.id;
  const { patientId, episodeId, planId } = await addPatient(api, program.id, staff);
  return { organizationId: program.organizationId, programId: program.id, staff, patientId, episodeId, planId };
}

/** Another patient of the program with the same care team and a plan of their own. */
export async function addPatient(api: TestApi, programId: string, staff: Clinic['staff']) {
  const patient = await api.prisma.patient.create({
    data: { programId, firstName: 'Test', lastName: `Patient ${randomBytes(3).toString('hex')}`, dateOfBirth: new Date('1990-04-02'), recordNumber: randomBytes(5).toString('hex') },
  });
  const episode = await api.prisma.episode.create({ data: { patientId: patient.id, programId, startDate: daysFromToday(-60) } });
  await api.prisma.careTeamMember.createMany({
    data: TEAM.filter(([, , role]) => role).map(([key, , role]) => ({ episodeId: episode.id, staffId: staff[key], role: role!, fromDate: daysFromToday(-60) })),
  });
  const { plan } = ok(await api.gql<{ createTreatmentPlan: { plan: { id: string } } }>(staff.therapist, CREATE_PLAN, { episodeId: episode.id })).createTreatmentPlan;
  return { patientId: patient.id, episodeId: episode.id, planId: plan.id };
}

/**
 * The usual suite: the real API on a database of its own and one clinic, ready from the first test on.
 * The objects returned are filled in by beforeAll, so tests use them as they are.
 */
export function useClinic(env?: Record<string, string>): { api: TestApi; clinic: Clinic } {
  const api = {} as TestApi;
  const clinic = {} as Clinic;
  beforeAll(async () => {
    Object.assign(api, await startTestApi(env));
    Object.assign(clinic, await buildClinic(api));
  });
  afterAll(() => api.close());
  return { api, clinic };
}

/** A prescriber starts a medication on the clinic's plan (the write that tells the whole care team). */
export function startMedication(api: TestApi, clinic: Clinic, medicationName: string, effectiveAt = new Date()) {
  return api.gql(clinic.staff.prescriber, `mutation($input: RecordMedicationChangeInput!) { recordMedicationChange(input: $input) { medicationChange { id } } }`, {
    input: { planId: clinic.planId, medicationName, dose: '1 mg', route: 'oral', frequency: 'daily', changeType: 'START', reason: 'x', effectiveAt: effectiveAt.toISOString() },
  });
}
