import request from 'supertest';
import { buildClinic, programDay, type Clinic, useClinic } from '../support/clinic.js';
import { failure, ok } from '../support/test-api.js';

/** Each case is bad input to one mutation: it must fail with a stable code and field, and write nothing. */
interface BadInput {
  name: string;
  as: keyof Clinic['staff'];
  mutation: string;
  input: (clinic: Clinic, other: Clinic) => Record<string, unknown>;
  code: string;
  field?: string;
}

const now = () => new Date().toISOString();
/** A problem on the first clinic's plan, and its patient's record number and a staff email, set in beforeAll. */
let problemId = '';
let groupSessionId = '';
let recordNumber = '';
let staffEmail = '';
const CASES: BadInput[] = [
  {
    name: 'a PHQ-9 above 27',
    as: 'therapist',
    mutation: 'recordOutcomeMeasure(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, type: 'PHQ9', score: 28, selfHarmItem: 0, administeredAt: now() }),
    code: 'BAD_USER_INPUT',
    field: 'score',
  },
  {
    name: 'a PHQ-9 item 9 above 3',
    as: 'therapist',
    mutation: 'recordOutcomeMeasure(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, type: 'PHQ9', score: 12, selfHarmItem: 4, administeredAt: now() }),
    code: 'BAD_USER_INPUT',
    field: 'selfHarmItem',
  },
  {
    name: 'a PHQ-9 without item 9',
    as: 'therapist',
    mutation: 'recordOutcomeMeasure(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, type: 'PHQ9', score: 12, administeredAt: now() }),
    code: 'BAD_USER_INPUT',
    field: 'selfHarmItem',
  },
  {
    name: 'a negative GAD-7',
    as: 'therapist',
    mutation: 'recordOutcomeMeasure(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, type: 'GAD7', score: -1, administeredAt: now() }),
    code: 'BAD_USER_INPUT',
    field: 'score',
  },
  {
    name: 'a PCL-5 of 81',
    as: 'therapist',
    mutation: 'recordOutcomeMeasure(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, type: 'PCL5', score: 81, administeredAt: now() }),
    code: 'BAD_USER_INPUT',
    field: 'score',
  },
  {
    name: 'an AUDIT-C of 13',
    as: 'therapist',
    mutation: 'recordOutcomeMeasure(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, type: 'AUDIT_C', score: 13, administeredAt: now() }),
    code: 'BAD_USER_INPUT',
    field: 'score',
  },
  {
    name: 'a craving rating of 11',
    as: 'therapist',
    mutation: 'recordOutcomeMeasure(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, type: 'CRAVING', score: 11, administeredAt: now() }),
    code: 'BAD_USER_INPUT',
    field: 'score',
  },
  {
    name: 'a measure in the future',
    as: 'therapist',
    mutation: 'recordOutcomeMeasure(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, type: 'CRAVING', score: 3, administeredAt: new Date(Date.now() + 86_400_000).toISOString() }),
    code: 'BAD_USER_INPUT',
    field: 'administeredAt',
  },
  {
    name: 'a problem with an empty title',
    as: 'therapist',
    mutation: 'addProblem(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, title: '', description: 'x', category: 'TRAUMA' }),
    code: 'BAD_USER_INPUT',
    field: 'title',
  },
  {
    name: 'a problem title over 200 characters',
    as: 'therapist',
    mutation: 'addProblem(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, title: 'x'.repeat(201), description: 'x', category: 'TRAUMA' }),
    code: 'BAD_USER_INPUT',
    field: 'title',
  },
  {
    name: 'a problem on a plan that does not exist',
    as: 'therapist',
    mutation: 'addProblem(input: $input) { __typename }',
    input: () => ({ planId: '00000000-0000-4000-8000-000000000000', title: 'x', description: 'x', category: 'TRAUMA' }),
    code: 'NOT_FOUND',
    field: 'planId',
  },
  {
    name: 'a malformed plan id',
    as: 'therapist',
    mutation: 'addProblem(input: $input) { __typename }',
    input: () => ({ planId: 'not-a-uuid', title: 'x', description: 'x', category: 'TRAUMA' }),
    code: 'BAD_USER_INPUT',
    field: 'planId',
  },
  {
    name: 'a goal naming a problem of another patient',
    as: 'therapist',
    mutation: 'addGoal(input: $input) { __typename }',
    input: (c, o) => ({ planId: c.planId, statement: 'x', problemIds: [o.planId], ownerId: c.staff.therapist }),
    code: 'NOT_FOUND',
    field: 'problemIds',
  },
  {
    name: 'a goal owned by someone off the care team',
    as: 'therapist',
    mutation: 'addGoal(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, statement: 'x', problemIds: [problemId], ownerId: c.staff.outsider }),
    code: 'BAD_USER_INPUT',
    field: 'ownerId',
  },
  {
    name: 'a session that ends before it starts',
    as: 'therapist',
    mutation: 'scheduleIndividualSession(input: $input) { __typename }',
    input: (c) => ({
      planId: c.planId,
      therapistId: c.staff.therapist,
      type: 'THERAPY',
      scheduledStart: new Date(Date.now() + 7_200_000).toISOString(),
      scheduledEnd: new Date(Date.now() + 3_600_000).toISOString(),
    }),
    code: 'BAD_USER_INPUT',
    field: 'scheduledEnd',
  },
  {
    name: 'a session with a therapist off the team',
    as: 'therapist',
    mutation: 'scheduleIndividualSession(input: $input) { __typename }',
    input: (c) => ({
      planId: c.planId,
      therapistId: c.staff.outsider,
      type: 'THERAPY',
      scheduledStart: new Date(Date.now() + 3_600_000).toISOString(),
      scheduledEnd: new Date(Date.now() + 7_200_000).toISOString(),
    }),
    code: 'BAD_USER_INPUT',
    field: 'therapistId',
  },
  {
    name: "a session addressing another patient's goal",
    as: 'therapist',
    mutation: 'scheduleIndividualSession(input: $input) { __typename }',
    input: (c, o) => ({
      planId: c.planId,
      therapistId: c.staff.therapist,
      type: 'THERAPY',
      scheduledStart: new Date(Date.now() + 3_600_000).toISOString(),
      scheduledEnd: new Date(Date.now() + 7_200_000).toISOString(),
      goalIds: [o.planId],
    }),
    code: 'NOT_FOUND',
    field: 'goalIds',
  },
  {
    name: 'an unknown session type',
    as: 'therapist',
    mutation: 'scheduleIndividualSession(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, therapistId: c.staff.therapist, type: 'HYPNOSIS', scheduledStart: now(), scheduledEnd: now() }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an impossible calendar date',
    as: 'therapist',
    mutation: 'addTriggerDate(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, label: 'x', date: '2025-02-30', leadTimeDays: 7 }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a trigger date lead time over 90 days',
    as: 'therapist',
    mutation: 'addTriggerDate(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, label: 'x', date: '2019-06-01', leadTimeDays: 91 }),
    code: 'BAD_USER_INPUT',
    field: 'leadTimeDays',
  },
  {
    name: 'a STOP of a medication not on the list',
    as: 'prescriber',
    mutation: 'recordMedicationChange(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, medicationName: 'Sertraline', dose: '50 mg', route: 'oral', frequency: 'daily', changeType: 'STOP', reason: 'x', effectiveAt: now() }),
    code: 'BAD_USER_INPUT',
    field: 'medicationName',
  },
  {
    name: 'a malformed RxNorm code',
    as: 'prescriber',
    mutation: 'recordMedicationChange(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, medicationName: 'Sertraline', rxNormCode: 'abc', dose: '50 mg', route: 'oral', frequency: 'daily', changeType: 'START', reason: 'x', effectiveAt: now() }),
    code: 'BAD_USER_INPUT',
    field: 'rxNormCode',
  },
  {
    name: 'a session note without its session',
    as: 'therapist',
    mutation: 'addClinicalNote(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, kind: 'SESSION', text: 'x', noteDate: programDay(0) }),
    code: 'BAD_USER_INPUT',
    field: 'individualSessionId',
  },
  {
    name: 'a task due for someone off the team',
    as: 'therapist',
    mutation: 'addTask(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, title: 'x', ownerId: c.staff.outsider, dueDate: programDay(2) }),
    code: 'BAD_USER_INPUT',
    field: 'ownerId',
  },
  {
    name: 'a stale plan version',
    as: 'therapist',
    mutation: 'updateTreatmentPlan(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, expectedVersion: 99, status: 'ACTIVE' }),
    code: 'CONFLICT',
    field: 'expectedVersion',
  },
  {
    name: 'a safety plan with 31 warning signs',
    as: 'therapist',
    mutation: 'updateSafetyPlan(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, expectedVersion: 1, warningSigns: Array.from({ length: 31 }, (_, i) => `sign ${i}`) }),
    code: 'BAD_USER_INPUT',
    field: 'warningSigns',
  },
  {
    name: 'a level-of-care change naming both a level and a referral',
    as: 'therapist',
    mutation: 'changeLevelOfCare(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, expectedVersion: 1, toLevel: 'PHP', referralTo: 'DETOX', reason: 'x' }),
    code: 'BAD_USER_INPUT',
    field: 'toLevel',
  },
  {
    name: 'a program in a time zone that does not exist',
    as: 'organizationAdmin',
    mutation: 'createProgram(input: $input) { __typename }',
    input: () => ({ name: 'x', levelOfCare: 'IOP', timeZone: 'Mars/Olympus_Mons' }),
    code: 'BAD_USER_INPUT',
    field: 'timeZone',
  },
  {
    name: 'a patient with a record number already used in the program',
    as: 'admin',
    mutation: 'createPatient(input: $input) { __typename }',
    input: (c) => ({ programId: c.programId, firstName: 'A', lastName: 'B', dateOfBirth: '1990-01-01', recordNumber }),
    code: 'BAD_USER_INPUT',
    field: 'recordNumber',
  },
  {
    name: 'a patient born in the future',
    as: 'admin',
    mutation: 'createPatient(input: $input) { __typename }',
    input: (c) => ({ programId: c.programId, firstName: 'A', lastName: 'B', dateOfBirth: programDay(30), recordNumber: 'new-1' }),
    code: 'BAD_USER_INPUT',
    field: 'dateOfBirth',
  },
  {
    name: 'a staff member with an email already in use',
    as: 'admin',
    mutation: 'createStaffMember(input: $input) { __typename }',
    input: (c) => ({ programId: c.programId, name: 'A', email: staffEmail.toUpperCase(), credentials: 'LCSW', discipline: 'THERAPIST' }),
    code: 'BAD_USER_INPUT',
    field: 'email',
  },
  {
    name: 'a care-team membership that ends before it starts',
    as: 'admin',
    mutation: 'addCareTeamMember(input: $input) { __typename }',
    input: (c) => ({ episodeId: c.episodeId, staffId: c.staff.outsider, role: 'THERAPIST', fromDate: programDay(0), toDate: programDay(-1) }),
    code: 'BAD_USER_INPUT',
    field: 'toDate',
  },
  {
    name: 'a second open episode for a patient',
    as: 'admin',
    mutation: 'openEpisode(input: $input) { __typename }',
    input: (c) => ({ patientId: c.patientId, startDate: programDay(0) }),
    code: 'BAD_USER_INPUT',
    field: 'patientId',
  },
  {
    name: 'attendance naming the same patient twice',
    as: 'facilitator',
    mutation: 'recordGroupAttendance(input: $input) { __typename }',
    input: (c) => ({
      groupSessionId,
      entries: [
        { patientId: c.patientId, status: 'PRESENT' },
        { patientId: c.patientId, status: 'ABSENT' },
      ],
    }),
    code: 'BAD_USER_INPUT',
    field: 'entries',
  },
  {
    name: 'a NUL character in a problem description',
    as: 'therapist',
    mutation: 'addProblem(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, title: 'x', description: 'before\u0000after', category: 'TRAUMA' }),
    code: 'BAD_USER_INPUT',
    field: 'description',
  },
  {
    name: 'a NUL character in a note',
    as: 'therapist',
    mutation: 'addClinicalNote(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, kind: 'PROGRESS', text: '\u0000', noteDate: programDay(0) }),
    code: 'BAD_USER_INPUT',
    field: 'text',
  },
  {
    name: 'a session in the year 0',
    as: 'therapist',
    mutation: 'scheduleIndividualSession(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, therapistId: c.staff.therapist, type: 'THERAPY', scheduledStart: '0000-01-01T00:00:00Z', scheduledEnd: new Date(Date.now() + 3_600_000).toISOString() }),
    code: 'BAD_USER_INPUT',
    field: 'scheduledStart',
  },
  {
    name: 'a trigger date in the year 2300',
    as: 'therapist',
    mutation: 'addTriggerDate(input: $input) { __typename }',
    input: (c) => ({ planId: c.planId, label: 'x', date: '2300-01-01', leadTimeDays: 7 }),
    code: 'BAD_USER_INPUT',
    field: 'date',
  },
];

const TABLES = [
  'program',
  'staffMember',
  'patient',
  'episode',
  'careTeamMember',
  'planRevision',
  'problem',
  'goal',
  'outcomeMeasure',
  'individualSession',
  'triggerDate',
  'medicationChange',
  'clinicalNote',
  'task',
  'groupAttendance',
] as const;

describe('Input validation (e2e)', () => {
  const { api, clinic } = useClinic();
  let other: Clinic;

  beforeAll(async () => {
    other = await buildClinic(api);
    const addProblem = `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }`;
    ok(await api.gql(other.staff.therapist, addProblem, { input: { planId: other.planId, title: 'x', description: 'x', category: 'TRAUMA' } }));
    recordNumber = (await api.prisma.patient.findUniqueOrThrow({ where: { id: clinic.patientId } })).recordNumber;
    staffEmail = (await api.prisma.staffMember.findUniqueOrThrow({ where: { id: clinic.staff.therapist } })).email;
    const startsAt = new Date(Date.now() - 3_600_000);
    groupSessionId = (
      await api.prisma.groupSession.create({
        data: {
          programId: clinic.programId,
          type: 'SKILLS',
          facilitatorId: clinic.staff.facilitator,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3_000_000),
          modality: 'VIRTUAL',
          topic: 'x',
          createdById: clinic.staff.admin,
        },
      })
    ).id;
    problemId = ok(await api.gql(clinic.staff.therapist, addProblem, { input: { planId: clinic.planId, title: 'y', description: 'y', category: 'TRAUMA' } })).addProblem.problem.id;
  });

  const counts = async () => Promise.all(TABLES.map((table) => (api.prisma[table] as unknown as { count(): Promise<number> }).count()));

  it.each(CASES)('should refuse $name with $code and write nothing', async ({ as, mutation, input, code, field }) => {
    const inputType = mutation.split('(')[0].replace(/^./, (letter) => letter.toUpperCase()) + 'Input';
    const before = await counts();
    const error = failure(await api.gql(clinic.staff[as], `mutation($input: ${inputType}!) { ${mutation} }`, { input: input(clinic, other) }));
    expect(error.extensions.code).toBe(code);
    if (field) expect(error.extensions.field).toBe(field);
    expect(JSON.stringify(error)).not.toMatch(/at \w+ \(|SELECT|INSERT|prisma/i);
    expect(await counts()).toEqual(before);
  });

  it('should report every invalid field of an input in one response, each with its field and code', async () => {
    const before = await counts();
    const response = await api.gql(clinic.staff.therapist, `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }`, {
      input: { planId: 'not-a-uuid', title: '', description: 'x'.repeat(4001), category: 'TRAUMA' },
    });
    expect(response.data ?? null).toBeNull();
    expect(response.errors!.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'planId' }),
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'title' }),
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'description' }),
    ]);
    expect(response.errors!.every((error) => error.path?.[0] === 'addProblem')).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('should refuse text PostgreSQL cannot store and dates outside 1900-2200 in query arguments too', async () => {
    const patients = `query($programId: ID!, $name: String) { patients(programId: $programId, lastNameStartsWith: $name) { totalCount } }`;
    expect(failure(await api.gql(clinic.staff.admin, patients, { programId: clinic.programId, name: 'Sm\u0000' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lastNameStartsWith' });
    const groups = `query($programId: ID!, $from: DateTime!, $to: DateTime!) { groupSessions(programId: $programId, from: $from, to: $to) { totalCount } }`;
    const far = await api.gql(clinic.staff.admin, groups, { programId: clinic.programId, from: '-200000-01-01T00:00:00Z', to: new Date().toISOString() });
    expect(failure(far).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(ok(await api.gql(clinic.staff.admin, groups, { programId: clinic.programId, from: '1900-01-01T00:00:00Z', to: '2200-12-31T00:00:00Z' })).groupSessions.totalCount).toBe(1);
  });

  it('should refuse a whole attendance batch when one entry is bad, keeping the others unsaved', async () => {
    const group = await api.prisma.groupSession.create({
      data: {
        programId: clinic.programId,
        type: 'SKILLS',
        facilitatorId: clinic.staff.facilitator,
        startsAt: new Date(Date.now() - 3_600_000),
        endsAt: new Date(),
        modality: 'IN_PERSON',
        topic: 'x',
        createdById: clinic.staff.facilitator,
      },
    });
    const error = failure(
      await api.gql(clinic.staff.facilitator, `mutation($input: RecordGroupAttendanceInput!) { recordGroupAttendance(input: $input) { __typename } }`, {
        input: {
          groupSessionId: group.id,
          entries: [
            { patientId: clinic.patientId, status: 'PRESENT' },
            { patientId: other.patientId, status: 'PRESENT' },
          ],
        },
      }),
    );
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'entries.1.patientId' });
    expect(await api.prisma.groupAttendance.count({ where: { groupSessionId: group.id } })).toBe(0);
  });

  it('should answer UNAUTHENTICATED without a token, with a bad token, and for a deactivated staff member', async () => {
    const anonymous = await api.gql(null, '{ me { id } }');
    expect(failure(anonymous).extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data ?? null).toBeNull();
    const garbage = await request(api.app.getHttpServer()).post('/graphql').set('authorization', 'Bearer not.a.token').send({ query: '{ me { id } }' });
    expect(garbage.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await api.prisma.staffMember.update({ where: { id: clinic.staff.caseManager }, data: { active: false } });
    expect(failure(await api.gql(clinic.staff.caseManager, '{ me { id } }')).extensions.code).toBe('UNAUTHENTICATED');
    await api.prisma.staffMember.update({ where: { id: clinic.staff.caseManager }, data: { active: true } });
    expect(ok(await api.gql(clinic.staff.caseManager, '{ me { id } }')).me.id).toBe(clinic.staff.caseManager);
  });

  it('should refuse a cursor it did not issue', async () => {
    const response = await api.gql(clinic.staff.therapist, `query($after: String) { patients(programId: "${clinic.programId}", after: $after) { nodes { id } } }`, { after: 'garbage' });
    expect(failure(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('should mask an unexpected failure: no SQL or stack, only a code and the request id', async () => {
    await api.prisma.$executeRawUnsafe('ALTER TABLE "Task" RENAME TO "TaskMissing"');
    try {
      const response = await request(api.app.getHttpServer())
        .post('/graphql')
        .set('authorization', `Bearer ${await api.tokenFor(clinic.staff.therapist)}`)
        .set('x-request-id', 'masked-failure-1')
        .send({ query: `{ treatmentPlan(id: "${clinic.planId}") { tasks { nodes { id } } } }` });
      expect(response.body.errors).toEqual([{ message: 'Internal server error', path: ['treatmentPlan', 'tasks'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'masked-failure-1' } }]);
      expect(response.headers['x-request-id']).toBe('masked-failure-1');
    } finally {
      await api.prisma.$executeRawUnsafe('ALTER TABLE "TaskMissing" RENAME TO "Task"');
    }
  });
});
