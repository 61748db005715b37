import { buildClinic } from '../support/clinic.js';
import { readmeAccessTable } from '../support/access-tables.js';
import { NodeRegistry } from '@oneplan/graphql';
import { recordsOfEveryType } from '../support/nodes.js';
import { databaseSnapshot, OPERATIONS, type PatientRecord, recordFor } from '../support/operations.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * The role-by-operation matrix, generated from the permission tables in README.md: one test per cell,
 * performing the operation as a staff member of that standing and asserting it is allowed, or refused
 * with an audit event and not a single row written.
 */
const PATIENT_TABLE = readmeAccessTable("A patient's record (");
const PROGRAM_TABLE = readmeAccessTable('The program');
const PATIENT_NODE_TABLE = readmeAccessTable("A patient's records by id");
const PROGRAM_NODE_TABLE = readmeAccessTable("A program's records by id");

const PATIENT_ACTORS: Record<string, string> = {
  PRIMARY_THERAPIST: 'therapist',
  THERAPIST: 'cotherapist',
  GROUP_FACILITATOR: 'facilitator',
  PRESCRIBER: 'prescriber',
  CASE_MANAGER: 'caseManager',
  PROGRAM_ADMIN: 'admin',
  BREAK_GLASS: 'glass',
  OUTSIDER: 'outsider',
};
const PROGRAM_ACTORS: Record<string, string> = {
  THERAPIST: 'therapist',
  GROUP_FACILITATOR: 'facilitator',
  PRESCRIBER: 'prescriber',
  CASE_MANAGER: 'caseManager',
  PROGRAM_ADMIN: 'admin',
  ORGANIZATION_ADMIN: 'organizationAdmin',
};

const cells = (table: typeof PATIENT_TABLE, actors: Record<string, string>, refusal: (column: string) => string) =>
  table.rows.flatMap((row) => table.columns.map((column) => ({ operation: row.operation, column, actor: actors[column], allowed: row.allowed[column], refusal: refusal(column) })));

const CELLS = [...cells(PATIENT_TABLE, PATIENT_ACTORS, (column) => (column === 'OUTSIDER' ? 'NOT_FOUND' : 'FORBIDDEN')), ...cells(PROGRAM_TABLE, PROGRAM_ACTORS, () => 'FORBIDDEN')];
/** node and nodes for every type of record, by the tables of records by id. */
const NODE_CELLS = [...cells(PATIENT_NODE_TABLE, PATIENT_ACTORS, (column) => (column === 'OUTSIDER' ? 'NOT_FOUND' : 'FORBIDDEN')), ...cells(PROGRAM_NODE_TABLE, PROGRAM_ACTORS, () => 'FORBIDDEN')].map(
  ({ operation, ...cell }) => ({ ...cell, type: operation }),
);

describe('Access matrix from the README (e2e)', () => {
  let api: TestApi;
  let staff: Record<string, string>;
  let target: PatientRecord;
  let records: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    const clinic = await buildClinic(api);
    const glass = await api.prisma.staffMember.create({
      data: { programId: clinic.programId, name: 'On call', email: `oncall.${clinic.planId}@test.example`, credentials: 'MD', discipline: 'THERAPIST' },
    });
    staff = { ...clinic.staff, glass: glass.id };
    await api.prisma.breakGlassAccess.create({ data: { patientId: clinic.patientId, staffId: glass.id, reason: 'Crisis call overnight', expiresAt: new Date(Date.now() + 3_600_000) } });
    target = await recordFor(api, { ...clinic, therapistId: clinic.staff.therapist, facilitatorId: clinic.staff.facilitator, adminId: clinic.staff.admin });
    records = await recordsOfEveryType(api, target, clinic.staff.therapist);
  });
  afterAll(async () => {
    process.stdout.write(
      `Access matrix: ${CELLS.length} cells (${CELLS.filter((cell) => cell.allowed).length} allowed, ${CELLS.filter((cell) => !cell.allowed).length} refused); by id: ${NODE_CELLS.length} record types by standing, each through node and nodes (${NODE_CELLS.filter((cell) => cell.allowed).length} allowed, ${NODE_CELLS.filter((cell) => !cell.allowed).length} refused)\n`,
    );
    await api.close();
  });

  it('should cover every operation of the API in its tables, and every type of record by id', () => {
    const byId = ['node', 'nodes'];
    expect([...PATIENT_TABLE.rows, ...PROGRAM_TABLE.rows].map((row) => row.operation).sort()).toEqual(
      Object.keys(OPERATIONS)
        .filter((operation) => !byId.includes(operation))
        .sort(),
    );
    expect([...PATIENT_NODE_TABLE.rows, ...PROGRAM_NODE_TABLE.rows].map((row) => row.operation).sort()).toEqual([...api.app.get(NodeRegistry).types].sort());
    expect(Object.keys(records).sort()).toEqual([...api.app.get(NodeRegistry).types].sort());
  });

  it.each(NODE_CELLS)('node and nodes of a $type as $column: allowed $allowed', async ({ type, actor, allowed, refusal }) => {
    const actorId = staff[actor];
    // A notification is its recipient's own: each actor reads one addressed to them.
    const id = type === 'Notification' ? (await recordsOfEveryType(api, target, actorId)).Notification : records[type];
    const refusals = () => api.prisma.auditEvent.count({ where: { staffId: actorId, operation: { in: ['node', 'nodes'] }, outcome: 'REFUSED' } });
    const before = allowed ? undefined : { rows: await databaseSnapshot(api), refusals: await refusals() };
    const single = await api.gql(actorId, `query($id: ID!) { node(id: $id) { id __typename } }`, { id });
    const many = await api.gql(actorId, `query($ids: [ID!]!) { me { id } nodes(ids: $ids) { id __typename } }`, { ids: [id] });
    if (allowed) {
      expect(single.errors).toBeUndefined();
      expect(single.data!.node).toEqual({ id, __typename: type });
      expect(many.data!.nodes).toEqual([{ id, __typename: type }]);
      return;
    }
    expect(single.data!.node).toBeNull();
    expect(single.errors?.[0].extensions.code).toBe(refusal);
    expect(many.data).toEqual({ me: { id: actorId }, nodes: [null] });
    expect(many.errors?.[0]).toMatchObject({ path: ['nodes', 0], extensions: { code: refusal } });
    expect(JSON.stringify(single.errors) + JSON.stringify(many.errors)).not.toContain(target.patientId);
    expect(await databaseSnapshot(api)).toEqual(before!.rows);
    expect(await refusals()).toBe(before!.refusals + 2);
  });

  it.each(CELLS)('$operation as $column: allowed $allowed', async ({ operation, actor, allowed, refusal }) => {
    const actorId = staff[actor];
    const { document, variables } = await OPERATIONS[operation](api, target, actorId);
    const refusals = () => api.prisma.auditEvent.count({ where: { staffId: actorId, operation, outcome: 'REFUSED' } });
    const before = allowed ? undefined : { rows: await databaseSnapshot(api), refusals: await refusals() };
    const response = await api.gql(actorId, document, variables);
    if (allowed) {
      expect(response.errors).toBeUndefined();
      return;
    }
    expect(response.errors?.[0].extensions.code).toBe(refusal);
    expect(await databaseSnapshot(api)).toEqual(before!.rows);
    expect(await refusals()).toBe(before!.refusals + 1);
  });
});
