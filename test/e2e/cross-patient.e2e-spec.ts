import { randomBytes } from 'node:crypto';
import { ACCESS_RULES } from '@oneplan/access';
import { readmeAccessTable } from '../support/access-tables.js';
import { buildClinic, type Clinic, CREATE_PLAN, daysFromToday } from '../support/clinic.js';
import { recordsOfEveryType } from '../support/nodes.js';
import { databaseSnapshot, OPERATIONS, type PatientRecord, recordFor } from '../support/operations.js';
import { ok, startTestApi, type TestApi } from '../support/test-api.js';

/**
 * Every query, nested field, list and mutation tried by the staff of patient A's program and its
 * organization's administrator against patients they may not see: B, in the same program on another team;
 * C, in a program of another organization; D, in another program of the same organization. Each attempt
 * must answer NOT_FOUND (or leave B out of a list) and be audited; the suite counts them. The organization's
 * administrator runs D's program (the access matrix shows what they may do there) but sees no patient.
 */
const STAFF = ['therapist', 'cotherapist', 'facilitator', 'prescriber', 'caseManager', 'admin', 'outsider', 'organizationAdmin'] as const;
/** Subscriptions are tried over WebSocket in live-updates.e2e-spec.ts. */
const PATIENT_OPERATIONS = Object.entries(ACCESS_RULES)
  .filter(([, rule]) => rule.scope === 'patient' && !rule.subscription)
  .map(([operation]) => operation);
/** Program operations that name a record of a program; `me` and `createProgram` name none. */
const PROGRAM_OPERATIONS = Object.entries(ACCESS_RULES)
  .filter(([, rule]) => rule.scope === 'program' && rule.target && !rule.subscription)
  .map(([operation]) => operation);

/** Record types that belong to a patient (the others belong to a program), from the README's table. */
const PATIENT_TYPES = readmeAccessTable("A patient's records by id").rows.map((row) => row.operation);

const tally = { attempts: 0, refused: 0 };

/** Patient B: same program as the clinic, a care team of other staff, a plan of their own. */
async function patientOnAnotherTeam(api: TestApi, clinic: Clinic): Promise<PatientRecord> {
  const tag = randomBytes(3).toString('hex');
  const member = (role: string, discipline: 'THERAPIST' | 'GROUP_FACILITATOR') =>
    api.prisma.staffMember.create({ data: { programId: clinic.programId, name: `${role} ${tag}`, email: `${role}.${tag}@test.example`, credentials: 'LPC', discipline } });
  const [therapist, facilitator] = [await member('b-therapist', 'THERAPIST'), await member('b-facilitator', 'GROUP_FACILITATOR')];
  const patient = await api.prisma.patient.create({ data: { programId: clinic.programId, firstName: 'Other', lastName: `Team ${tag}`, dateOfBirth: new Date('1979-05-05'), recordNumber: tag } });
  const episode = await api.prisma.episode.create({ data: { patientId: patient.id, programId: clinic.programId, startDate: daysFromToday(-20) } });
  await api.prisma.careTeamMember.createMany({
    data: [
      { episodeId: episode.id, staffId: therapist.id, role: 'PRIMARY_THERAPIST', fromDate: daysFromToday(-20) },
      { episodeId: episode.id, staffId: facilitator.id, role: 'GROUP_FACILITATOR', fromDate: daysFromToday(-20) },
    ],
  });
  const { plan } = ok(await api.gql<{ createTreatmentPlan: { plan: { id: string } } }>(therapist.id, CREATE_PLAN, { episodeId: episode.id })).createTreatmentPlan;
  return recordFor(api, {
    programId: clinic.programId,
    patientId: patient.id,
    episodeId: episode.id,
    planId: plan.id,
    therapistId: therapist.id,
    facilitatorId: facilitator.id,
    adminId: clinic.staff.admin,
  });
}

describe('Cross-patient access (e2e)', () => {
  let api: TestApi;
  let clinic: Clinic;
  let b: PatientRecord;
  let c: PatientRecord;
  let d: PatientRecord;

  beforeAll(async () => {
    api = await startTestApi();
    clinic = await buildClinic(api);
    b = await patientOnAnotherTeam(api, clinic);
    const record = (other: Clinic) => recordFor(api, { ...other, therapistId: other.staff.therapist, facilitatorId: other.staff.facilitator, adminId: other.staff.admin });
    c = await record(await buildClinic(api));
    d = await record(await buildClinic(api, 'PHP', 'America/Chicago', clinic.organizationId));
  });
  afterAll(async () => {
    process.stdout.write(`Cross-patient attempts: ${tally.attempts}, refused: ${tally.refused} (${((100 * tally.refused) / Math.max(1, tally.attempts)).toFixed(1)}%)\n`);
    await api.close();
  });

  /**
   * Makes the attempts of one operation and checks each was refused with NOT_FOUND and audited as refused,
   * and that together they wrote nothing: every call is built first (building creates the records an edit
   * names), then the database is fingerprinted around the calls alone.
   */
  const attempts = async (operation: string, pairs: Array<[actor: string, target: PatientRecord]>) => {
    const calls = [];
    // A caseload names whose caseload it is: here the other program's therapist's.
    for (const [actor, target] of pairs) calls.push({ actor, ...(await OPERATIONS[operation](api, target, operation === 'caseload' ? target.therapistId : actor)) });
    const rows = await databaseSnapshot(api);
    const results = [];
    for (const { actor, document, variables } of calls) {
      const audited = () => api.prisma.auditEvent.count({ where: { staffId: actor, operation, outcome: 'REFUSED' } });
      const before = await audited();
      const response = await api.gql(actor, document, variables);
      tally.attempts++;
      const code = response.errors?.[0]?.extensions.code;
      const wasAudited = (await audited()) === before + 1;
      if (code === 'NOT_FOUND' && wasAudited && !response.data?.[operation]) tally.refused++;
      results.push({ operation, actor, code, wasAudited });
    }
    const wroteNothing = JSON.stringify(await databaseSnapshot(api)) === JSON.stringify(rows);
    return { refusedBadly: results.filter((result) => result.code !== 'NOT_FOUND' || !result.wasAudited), wroteNothing };
  };

  it('should see a single row written in the database checksums that "wrote nothing" relies on', async () => {
    const before = await databaseSnapshot(api);
    await api.prisma.task.create({ data: { planId: c.planId, title: 'Checksum probe', ownerId: c.therapistId, dueDate: new Date('2030-01-01'), createdById: c.therapistId } });
    const after = await databaseSnapshot(api);
    expect(Object.keys(after).filter((table) => after[table] !== before[table])).toEqual(['Task']);
  });

  // One test per operation: each stays well inside the time limit however many operations the API grows.
  it.each(PATIENT_OPERATIONS)('should answer NOT_FOUND, and audit it, for %s on a patient of another team, program or organization', async (operation) => {
    const pairs: Array<[string, PatientRecord]> = [];
    for (const key of STAFF) {
      // Staff of the same program may open B's record in an emergency (that is the point of it), and
      // program admins see every patient of their own program: for them B is not out of bounds.
      const sameProgramApplies = operation !== 'breakTheGlass' && key !== 'admin';
      for (const target of sameProgramApplies ? [b, c, d] : [c, d]) pairs.push([clinic.staff[key], target]);
    }
    expect(await attempts(operation, pairs)).toEqual({ refusedBadly: [], wroteNothing: true });
  });

  it.each(PROGRAM_OPERATIONS)("should answer NOT_FOUND, and audit it, for %s naming another program's or organization's records", async (operation) => {
    const pairs: Array<[string, PatientRecord]> = [];
    // The organization's administrator runs every program of it, D's included.
    for (const key of STAFF) for (const target of key === 'organizationAdmin' ? [c] : [c, d]) pairs.push([clinic.staff[key], target]);
    expect(await attempts(operation, pairs)).toEqual({ refusedBadly: [], wroteNothing: true });
  });

  it("should answer NOT_FOUND, audited, for node and nodes of every type of record of another team's patient or another program", async () => {
    const ofB = await recordsOfEveryType(api, b, b.therapistId);
    const ofC = await recordsOfEveryType(api, c, c.therapistId);
    const ofD = await recordsOfEveryType(api, d, d.therapistId);
    const failures: unknown[] = [];
    for (const key of STAFF) {
      const actor = clinic.staff[key];
      // Program admins see every patient of their own program, and B's program is theirs; the organization's
      // administrator reads the records of D's program (not its patient's, nor its staff's notifications).
      const ofDInReach = Object.entries(ofD).filter(([type]) => key !== 'organizationAdmin' || PATIENT_TYPES.includes(type) || type === 'Notification');
      const targets = [
        ...(key === 'admin' ? [] : PATIENT_TYPES.map((type) => ({ type, id: ofB[type], patientId: b.patientId }))),
        ...Object.entries(ofC).map(([type, id]) => ({ type, id, patientId: c.patientId })),
        ...ofDInReach.map(([type, id]) => ({ type, id, patientId: d.patientId })),
      ];
      const refusals = (operation: string, patientId?: string) => api.prisma.auditEvent.count({ where: { staffId: actor, operation, outcome: 'REFUSED', ...(patientId ? { patientId } : {}) } });
      const before = { rows: await databaseSnapshot(api), node: await refusals('node'), nodesOfC: await refusals('nodes', c.patientId) };
      for (const { type, id, patientId } of targets) {
        const response = await api.gql(actor, `query($id: ID!) { node(id: $id) { id __typename } }`, { id });
        tally.attempts++;
        const refused = response.data?.node === null && response.errors?.[0].extensions.code === 'NOT_FOUND' && !JSON.stringify(response).includes(patientId);
        if (refused) tally.refused++;
        else failures.push({ key, type, response });
      }
      const ids = targets.map((target) => target.id);
      const many = await api.gql(actor, `query($ids: [ID!]!) { me { id } nodes(ids: $ids) { id __typename } }`, { ids });
      tally.attempts++;
      const allRefused =
        many.data?.me.id === actor &&
        many.data.nodes.every((node: unknown) => node === null) &&
        many.errors?.length === ids.length &&
        many.errors.every((error) => error.extensions.code === 'NOT_FOUND');
      if (allRefused) tally.refused++;
      else failures.push({ key, nodes: many });
      // node audits each refusal; nodes audits one refusal per patient a request reached.
      expect(await refusals('node')).toBe(before.node + targets.length);
      expect(await refusals('nodes', c.patientId)).toBe(before.nodesOfC + 1);
      expect(await databaseSnapshot(api)).toEqual(before.rows);
    }
    expect(failures).toEqual([]);
  });

  it("should refuse a facilitator's attendance entry for a patient of another team in their own group", async () => {
    const a = await recordFor(api, { ...clinic, therapistId: clinic.staff.therapist, facilitatorId: clinic.staff.facilitator, adminId: clinic.staff.admin });
    const { document } = await OPERATIONS.recordGroupAttendance(api, a, clinic.staff.facilitator);
    const before = await api.prisma.groupAttendance.count();
    const response = await api.gql(clinic.staff.facilitator, document, {
      input: {
        groupSessionId: a.groupSessionId,
        entries: [
          { patientId: a.patientId, status: 'PRESENT' },
          { patientId: b.patientId, status: 'PRESENT' },
        ],
      },
    });
    tally.attempts++;
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'entries.1.patientId' });
    expect(await api.prisma.groupAttendance.count()).toBe(before);
    expect(await api.prisma.auditEvent.count({ where: { patientId: b.patientId, staffId: clinic.staff.facilitator, operation: 'recordGroupAttendance', outcome: 'REFUSED' } })).toBe(1);
    tally.refused++;
  });

  it('should leave patient B out of every list and nested field that reaches several patients', async () => {
    const startsAt = new Date(Date.now() - 5 * 3_600_000);
    const group = await api.prisma.groupSession.create({
      data: {
        programId: clinic.programId,
        type: 'PROCESS',
        facilitatorId: clinic.staff.facilitator,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        modality: 'IN_PERSON',
        topic: 'Shared group',
        createdById: clinic.staff.admin,
      },
    });
    await api.prisma.groupAttendance.createMany({
      data: [clinic.patientId, b.patientId].map((patientId) => ({ groupSessionId: group.id, patientId, status: 'PRESENT' as const, recordedById: clinic.staff.facilitator })),
    });
    const range = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date().toISOString() };
    const reads: Array<[string, Record<string, unknown>]> = [
      [`query($programId: ID!) { patients(programId: $programId, first: 100) { nodes { id } } }`, { programId: clinic.programId }],
      [`{ caseload(first: 100) { nodes { id patient { id } } } }`, {}],
      [
        `query($programId: ID!, $from: DateTime!, $to: DateTime!) { groupSessions(programId: $programId, from: $from, to: $to) { nodes { attendance { patientId } } } }`,
        { programId: clinic.programId, ...range },
      ],
      [`query($patientId: ID!) { patientPlan(patientId: $patientId) { attendance { nodes { groupSession { attendance { patientId } } } } } }`, { patientId: clinic.patientId }],
      [
        `query($patientId: ID!, $from: DateTime!, $to: DateTime!) { patientAttendance(patientId: $patientId, from: $from, to: $to) { nodes { groupSession { attendance { patientId } } } } }`,
        { patientId: clinic.patientId, ...range },
      ],
    ];
    for (const key of STAFF.filter((staff) => staff !== 'admin' && staff !== 'outsider' && staff !== 'organizationAdmin')) {
      for (const [query, variables] of reads) {
        const response = await api.gql(clinic.staff[key], query, variables);
        tally.attempts++;
        expect(response.errors).toBeUndefined();
        const text = JSON.stringify(response.data);
        expect(text).not.toContain(b.patientId);
        if (!text.includes(b.patientId)) tally.refused++;
      }
    }
    const shared = JSON.stringify(ok(await api.gql(clinic.staff.facilitator, reads[2][0], reads[2][1])));
    expect(shared).toContain(clinic.patientId);
    // The organization's administrator sees the program's groups, and no patient in them.
    const overseen = ok(await api.gql<{ groupSessions: { nodes: Array<{ attendance: unknown[] }> } }>(clinic.staff.organizationAdmin, reads[2][0], reads[2][1]));
    expect(overseen.groupSessions.nodes.length).toBeGreaterThan(0);
    expect(overseen.groupSessions.nodes.flatMap((node) => node.attendance)).toEqual([]);
  });
});
