import { verifyAuditChain } from '@oneplan/audit';
import pg from 'pg';
import { addPatient, programDay, useClinic } from '../support/clinic.js';
import { failure, ok } from '../support/test-api.js';

const RACERS = 50;
const RECORD_ATTENDANCE = `mutation($input: RecordGroupAttendanceInput!) { recordGroupAttendance(input: $input) { attendance { id note } } }`;
const RECORD_MEDICATION = `mutation($input: RecordMedicationChangeInput!) { recordMedicationChange(input: $input) { medicationChange { id } } }`;
const ADD_TASK = `mutation($input: AddTaskInput!) { addTask(input: $input) { task { id } } }`;

describe('One unit of work for every change (e2e)', () => {
  const { api, clinic } = useClinic();

  const groupNow = () =>
    api.prisma.groupSession.create({
      data: {
        programId: clinic.programId,
        type: 'SKILLS',
        facilitatorId: clinic.staff.facilitator,
        startsAt: new Date(Date.now() - 3_600_000),
        endsAt: new Date(),
        modality: 'VIRTUAL',
        topic: 'x',
        createdById: clinic.staff.admin,
      },
    });

  it('should save one of 50 parallel attendance recordings with different notes, refuse the rest and write one revision', async () => {
    const group = await groupNow();
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, index) =>
        api.gql(clinic.staff.facilitator, RECORD_ATTENDANCE, { input: { groupSessionId: group.id, entries: [{ patientId: clinic.patientId, status: 'PRESENT', note: `Note ${index}` }] } }),
      ),
    );
    const saved = results.filter((result) => !result.errors);
    expect(saved).toHaveLength(1);
    for (const refused of results.filter((result) => result.errors)) expect(failure(refused).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries.0.note' });
    const rows = await api.prisma.groupAttendance.findMany({ where: { groupSessionId: group.id } });
    expect(rows.map((row) => row.note)).toEqual([saved[0].data!.recordGroupAttendance.attendance[0].note]);
    expect(await api.prisma.planRevision.count({ where: { entityId: rows[0].id } })).toBe(1);
  });

  it('should write one revision for identical recordings made at once', async () => {
    const group = await groupNow();
    const input = { groupSessionId: group.id, entries: [{ patientId: clinic.patientId, status: 'LATE', minutesAttended: 40 }] };
    const results = await Promise.all(Array.from({ length: 10 }, () => api.gql(clinic.staff.facilitator, RECORD_ATTENDANCE, { input })));
    expect(results.filter((result) => result.errors)).toEqual([]);
    const [row] = await api.prisma.groupAttendance.findMany({ where: { groupSessionId: group.id } });
    expect(await api.prisma.planRevision.count({ where: { entityId: row.id } })).toBe(1);
  });

  it('should let one of 50 concurrent starts of the same medication succeed', async () => {
    const input = { planId: clinic.planId, medicationName: 'Sertraline', dose: '50 mg', route: 'oral', frequency: 'daily', changeType: 'START', reason: 'x', effectiveAt: new Date().toISOString() };
    const results = await Promise.all(Array.from({ length: RACERS }, () => api.gql(clinic.staff.prescriber, RECORD_MEDICATION, { input })));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const refused of results.filter((result) => result.errors)) expect(failure(refused).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'changeType' });
    expect(await api.prisma.medicationChange.count({ where: { planId: clinic.planId, medicationName: 'Sertraline' } })).toBe(1);
  });

  it('should write a committed change with its revision and one audit event, and audit a failed one as FAILED with no revision', async () => {
    const input = { planId: clinic.planId, medicationName: 'Prazosin', dose: '1 mg', route: 'oral', frequency: 'nightly', changeType: 'START', reason: 'x', effectiveAt: new Date().toISOString() };
    const allowed = () =>
      api.prisma.auditEvent.count({ where: { staffId: clinic.staff.prescriber, operation: 'recordMedicationChange', outcome: 'ALLOWED', patientId: clinic.patientId, access: 'WRITE' } });
    const allowedBefore = await allowed();
    const { medicationChange } = ok(await api.gql(clinic.staff.prescriber, RECORD_MEDICATION, { input })).recordMedicationChange;
    expect(await api.prisma.planRevision.count({ where: { entityId: medicationChange.id } })).toBe(1);
    expect(await allowed()).toBe(allowedBefore + 1);

    const before = await api.prisma.planRevision.count({ where: { planId: clinic.planId } });
    expect(failure(await api.gql(clinic.staff.prescriber, RECORD_MEDICATION, { input })).extensions.code).toBe('BAD_USER_INPUT');
    expect(await api.prisma.planRevision.count({ where: { planId: clinic.planId } })).toBe(before);
    const failed = await api.prisma.auditEvent.findFirstOrThrow({ where: { staffId: clinic.staff.prescriber, operation: 'recordMedicationChange', outcome: 'FAILED' }, orderBy: { seq: 'desc' } });
    expect(failed.reason).toBe('BAD_USER_INPUT (changeType)');
  });

  it('should refuse an id of another patient (a goal) and audit it as REFUSED with its reason, once', async () => {
    const other = await addPatient(api, clinic.programId, clinic.staff);
    const problem = ok(
      await api.gql(clinic.staff.therapist, `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }`, {
        input: { planId: other.planId, title: 'Theirs', description: 'x', category: 'TRAUMA' },
      }),
    ).addProblem.problem;
    const goal = ok(
      await api.gql(clinic.staff.therapist, `mutation($input: AddGoalInput!) { addGoal(input: $input) { goal { id } } }`, {
        input: { planId: other.planId, statement: 'Theirs', problemIds: [problem.id], ownerId: clinic.staff.therapist },
      }),
    ).addGoal.goal;
    const result = await api.gql(clinic.staff.therapist, ADD_TASK, { input: { planId: clinic.planId, title: 'Call', ownerId: clinic.staff.therapist, dueDate: '2030-01-01', goalId: goal.id } });
    expect(failure(result).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'goalId' });
    const events = await api.prisma.auditEvent.findMany({ where: { staffId: clinic.staff.therapist, operation: 'addTask', requestId: failure(result).extensions.requestId } });
    expect(events).toEqual([expect.objectContaining({ outcome: 'REFUSED', reason: 'goalId names a record of another patient or program', patientId: clinic.patientId })]);
  });

  it('should audit a refusal raised below the guard (a goal of the same patient but another plan) as REFUSED with its reason', async () => {
    const by = clinic.staff.therapist;
    const old = await api.prisma.treatmentPlan.create({
      data: { episodeId: clinic.episodeId, status: 'CLOSED', levelOfCare: 'IOP', reviewCadenceDays: 30, nextReviewDate: new Date('2030-01-01'), createdById: by },
    });
    const goal = await api.prisma.goal.create({ data: { planId: old.id, statement: 'From the last episode', ownerId: by, createdById: by } });
    const note = { planId: clinic.planId, kind: 'PROGRESS', text: 'x', noteDate: programDay(0), goalId: goal.id };
    const result = await api.gql(by, `mutation($input: AddClinicalNoteInput!) { addClinicalNote(input: $input) { note { id } } }`, { input: note });
    expect(failure(result).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'goalId' });
    const events = await api.prisma.auditEvent.findMany({ where: { operation: 'addClinicalNote', requestId: failure(result).extensions.requestId } });
    expect(events.map((event) => [event.outcome, event.reason])).toEqual([['REFUSED', 'NOT_FOUND (goalId)']]);
  });

  it('should audit failed sign-ins with the address and reason, never the token', async () => {
    const since = new Date(Date.now() - 1000);
    const bogus = 'Bearer not-a-real-token-abcdef';
    await api.gql(null, '{ me { id } }');
    const { default: request } = await import('supertest');
    await request(api.app.getHttpServer()).post('/graphql').set('authorization', bogus).send({ query: '{ me { id } }' });
    const events = await api.prisma.auditEvent.findMany({ where: { operation: 'signIn', occurredAt: { gte: since } }, orderBy: { seq: 'asc' } });
    expect(events.map((event) => [event.outcome, event.reason])).toEqual([
      ['REFUSED', 'no bearer token'],
      ['REFUSED', 'invalid or expired token'],
    ]);
    expect(events.every((event) => event.clientAddress.length > 0 && event.staffId === null)).toBe(true);
    expect(JSON.stringify(events.map(({ seq: _seq, ...event }) => event))).not.toContain('not-a-real-token');
  });

  it('should refuse UPDATE, DELETE and TRUNCATE of notes, revisions, audit events and disclosures as the app connects', async () => {
    const note = { planId: clinic.planId, kind: 'PROGRESS', text: 'Kept as written', noteDate: programDay(0) };
    ok(await api.gql(clinic.staff.therapist, `mutation($input: AddClinicalNoteInput!) { addClinicalNote(input: $input) { note { id } } }`, { input: note }));
    const statements = [
      'TRUNCATE "ClinicalNote"',
      'TRUNCATE "TreatmentPlan" CASCADE',
      'TRUNCATE "PlanRevision"',
      'DELETE FROM "PlanRevision"',
      `UPDATE "PlanRevision" SET "reason" = 'rewritten'`,
      `UPDATE "ClinicalNote" SET "text" = 'rewritten'`,
      'DELETE FROM "AuditEvent"',
      'TRUNCATE "Disclosure"',
    ];
    for (const statement of statements) await expect(api.prisma.$executeRawUnsafe(statement)).rejects.toThrow(/append-only/);
    expect(await api.prisma.planRevision.count()).toBeGreaterThan(0);
  });

  it('should chain every audit event to the one before it, and name the first link a superuser altered', async () => {
    expect((await verifyAuditChain(api.prisma)).broken).toBeNull();
    const [{ seq }] = await api.prisma.$queryRaw<Array<{ seq: bigint }>>`SELECT "seq" FROM "AuditEvent" ORDER BY "seq" LIMIT 1 OFFSET 3`;
    // The tests connect as a superuser, who can switch triggers off; the chain still shows the edit.
    const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await owner.connect();
    try {
      await owner.query(`SET session_replication_role = replica`);
      await owner.query(`UPDATE "AuditEvent" SET "outcome" = 'ALLOWED', "reason" = NULL WHERE "seq" = $1`, [seq]);
    } finally {
      await owner.end();
    }
    const report = await verifyAuditChain(api.prisma);
    expect(report.broken).toMatchObject({ seq, problem: 'altered' });
    expect(report.checked).toBe(Number(seq) - 1);
  });
});
