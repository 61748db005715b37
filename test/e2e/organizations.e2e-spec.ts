import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { CREATE_PLAN, programDay } from '../support/clinic.js';
import { type GraphQLResponse, startTestApi, type TestApi } from '../support/test-api.js';

const root = path.resolve(import.meta.dirname, '../..');
const ADMIN_CREATE = path.join(root, 'dist/apps/api/src/admin-create.js');

/** npm run admin:create with these arguments, on the suite's database. */
function adminCreate(...args: string[]) {
  return spawnSync(process.execPath, ['--no-warnings', ADMIN_CREATE, ...args], { env: process.env, encoding: 'utf8' });
}

/** Several runs at once, as two operators (or a restarted container) might. */
function adminCreateConcurrently(times: number, ...args: string[]) {
  return Promise.all(
    Array.from({ length: times }, () => {
      const child = spawn(process.execPath, ['--no-warnings', ADMIN_CREATE, ...args], { env: process.env });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      return new Promise<{ code: number | null; stdout: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout })));
    }),
  );
}

/** `npm run token -- <email>`: its whole standard output must be the token. */
function tokenOf(email: string): string {
  const result = spawnSync('npm', ['run', 'token', '--', email], { cwd: root, env: process.env, encoding: 'utf8' });
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
  return result.stdout.trim();
}

/**
 * A deployment's first steps on an empty database, as the README gives them: npm run admin:create, then
 * everything else (a program, its admin, staff, a patient and a care team) through the API, no SQL by hand.
 * One organization's staff never reach another organization's programs, staff or patients.
 */
describe('Organizations and the first administrator (e2e)', () => {
  let api: TestApi;
  const as =
    (token: string) =>
    async <T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> =>
      (await request(api.app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${token}`).send({ query, variables })).body;
  const data = <T>(response: GraphQLResponse<T>): T => {
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const code = (response: GraphQLResponse) => response.errors?.[0]?.extensions.code;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('should create the organization and its first administrator on an empty database, and change nothing when run again', async () => {
    expect(await api.prisma.organization.count()).toBe(0);
    expect(await api.prisma.staffMember.count()).toBe(0);
    const first = adminCreate('--email', 'Irene.Admin@Northside.example', '--name', 'Irene Admin', '--organization', 'Northside Recovery');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Created irene\.admin@northside\.example \([0-9a-f-]{36}\) as administrator of the new organization "Northside Recovery" \([0-9a-f-]{36}\)\./);
    const again = adminCreate('--email', 'irene.admin@northside.example', '--name', 'Irene Admin');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^irene\.admin@northside\.example \([0-9a-f-]{36}\) is already administrator of the organization "Northside Recovery" .*: nothing changed\.\n$/);
    const concurrent = await adminCreateConcurrently(4, '--email', 'second.admin@northside.example', '--name', 'Second Admin');
    expect(concurrent.map((run) => run.code)).toEqual([0, 0, 0, 0]);
    expect(concurrent.filter((run) => run.stdout.startsWith('Created')).length).toBe(1);
    expect(await api.prisma.organization.count()).toBe(1);
    expect(await api.prisma.staffMember.findMany({ select: { email: true, discipline: true, programId: true }, orderBy: { email: 'asc' } })).toEqual([
      { email: 'irene.admin@northside.example', discipline: 'ORGANIZATION_ADMIN', programId: null },
      { email: 'second.admin@northside.example', discipline: 'ORGANIZATION_ADMIN', programId: null },
    ]);
  });

  it('should refuse bad arguments with one line, no stack and no change', async () => {
    const before = await api.prisma.staffMember.count();
    const cases: Array<[string[], string]> = [
      [[], 'Usage: npm run admin:create -- --email'],
      [['--email', 'not-an-email', '--name', 'X'], 'admin:create refused: --email must be an email address'],
      [['--email', 'a@b.example', '--name', ' '], 'admin:create refused: --name must be 1-200 characters'],
      [['--email', 'a@b.example', '--name', 'X', '--organisation', 'Typo'], "Unknown option '--organisation'"],
      [['--email', 'irene.admin@northside.example', '--name', 'Irene', '--organization', 'Elsewhere'], 'is already the administrator of another organization ("Northside Recovery")'],
    ];
    for (const [args, message] of cases) {
      const result = adminCreate(...args);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await api.prisma.staffMember.count()).toBe(before);
  });

  it('should let the organization admin create a program and name its admin, who staffs it and forms a care team, all through the API', async () => {
    const organizationAdmin = as(tokenOf('irene.admin@northside.example'));
    expect(data(await organizationAdmin(`{ me { discipline programId } organization { name } }`))).toEqual({
      me: { discipline: 'ORGANIZATION_ADMIN', programId: null },
      organization: { name: 'Northside Recovery' },
    });
    const created = data(
      await organizationAdmin(`mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id name organizationId } } }`, {
        input: { name: 'Northside PHP', levelOfCare: 'PHP', timeZone: 'America/Chicago' },
      }),
    );
    ids.program = created.createProgram.program.id;
    const programs = data(await organizationAdmin(`{ programs(first: 10) { totalCount nodes { id name } } }`));
    expect(programs.programs).toEqual({ totalCount: 1, nodes: [{ id: ids.program, name: 'Northside PHP' }] });
    const staff = `mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { staffMember { id programId discipline } } }`;
    const member = (email: string, discipline: string) => ({ input: { programId: ids.program, name: email.split('@')[0], email, credentials: 'LCSW', discipline } });
    ids.programAdmin = data(await organizationAdmin(staff, member('pat.lead@northside.example', 'PROGRAM_ADMIN'))).createStaffMember.staffMember.id;
    // Organization administrators are made by admin:create, not by the API.
    expect(code(await organizationAdmin(staff, member('third.admin@northside.example', 'ORGANIZATION_ADMIN')))).toBe('BAD_USER_INPUT');

    const programAdmin = as(tokenOf('pat.lead@northside.example'));
    expect(data(await programAdmin(`query($id: ID!) { program(id: $id) { name } }`, { id: ids.program }))).toEqual({ program: { name: 'Northside PHP' } });
    ids.therapist = data(await programAdmin(staff, member('tess.therapist@northside.example', 'THERAPIST'))).createStaffMember.staffMember.id;
    ids.prescriber = data(await programAdmin(staff, member('pia.prescriber@northside.example', 'PRESCRIBER'))).createStaffMember.staffMember.id;
    ids.patient = data(
      await programAdmin(`mutation($input: CreatePatientInput!) { createPatient(input: $input) { patient { id } } }`, {
        input: { programId: ids.program, firstName: 'Robin', lastName: 'Example', dateOfBirth: '1988-02-03', recordNumber: 'NS-0001' },
      }),
    ).createPatient.patient.id;
    ids.episode = data(
      await programAdmin(`mutation($input: OpenEpisodeInput!) { openEpisode(input: $input) { episode { id } } }`, { input: { patientId: ids.patient, startDate: programDay(-1) } }),
    ).openEpisode.episode.id;
    for (const [staffId, role] of [
      [ids.therapist, 'PRIMARY_THERAPIST'],
      [ids.prescriber, 'PRESCRIBER'],
    ]) {
      data(
        await programAdmin(`mutation($input: AddCareTeamMemberInput!) { addCareTeamMember(input: $input) { careTeamMember { id } } }`, {
          input: { episodeId: ids.episode, staffId, role, fromDate: programDay(-1) },
        }),
      );
    }
    const therapist = as(tokenOf('tess.therapist@northside.example'));
    expect(data(await therapist(CREATE_PLAN, { episodeId: ids.episode })).createTreatmentPlan.plan.version).toBe(1);

    // Nothing clinical for the organization's administrator: the patient does not exist for them.
    expect(code(await organizationAdmin(`query($id: ID!) { patient(id: $id) { id } }`, { id: ids.patient }))).toBe('NOT_FOUND');
    expect(code(await organizationAdmin(`query($id: ID!) { patientPlan(patientId: $id) { id } }`, { id: ids.patient }))).toBe('NOT_FOUND');
    expect(code(await organizationAdmin(`query($id: ID!) { patients(programId: $id, first: 5) { nodes { id } } }`, { id: ids.program }))).toBe('FORBIDDEN');
    expect(code(await organizationAdmin(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.patient }))).toBe('NOT_FOUND');
  });

  it("should keep one organization's staff out of another organization's programs, staff and patients", async () => {
    const other = adminCreate('--email', 'olga@eastside.example', '--name', 'Olga Other', '--organization', 'Eastside Health');
    expect(other.stdout).toContain('the new organization "Eastside Health"');
    // With two organizations, an administrator must say which one.
    const ambiguous = adminCreate('--email', 'new@eastside.example', '--name', 'New');
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toContain('several organizations: name one with --organization');

    const outsider = as(tokenOf('olga@eastside.example'));
    expect(data(await outsider(`{ programs(first: 10) { totalCount } }`))).toEqual({ programs: { totalCount: 0 } });
    const refusals = [
      await outsider(`query($id: ID!) { program(id: $id) { id } }`, { id: ids.program }),
      await outsider(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.program }),
      await outsider(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.programAdmin }),
      await outsider(`query($id: ID!) { patient(id: $id) { id } }`, { id: ids.patient }),
      await outsider(`mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { staffMember { id } } }`, {
        input: { programId: ids.program, name: 'Intruder', email: 'intruder@eastside.example', credentials: 'MD', discipline: 'PROGRAM_ADMIN' },
      }),
      await outsider(`mutation($input: SetStaffActiveInput!) { setStaffActive(input: $input) { staffMember { id } } }`, { input: { staffId: ids.programAdmin, active: false } }),
      await outsider(`query($id: ID!) { staffAccessLog(staffId: $id, first: 5) { nodes { id } } }`, { id: ids.therapist }),
    ];
    expect(refusals.map(code)).toEqual(Array(refusals.length).fill('NOT_FOUND'));
    // A program admin reaches no organization administrator, of their own organization or another.
    const irene = await api.prisma.staffMember.findUniqueOrThrow({ where: { email: 'irene.admin@northside.example' } });
    const programAdmin = as(tokenOf('pat.lead@northside.example'));
    expect(code(await programAdmin(`mutation($input: SetStaffActiveInput!) { setStaffActive(input: $input) { staffMember { id } } }`, { input: { staffId: irene.id, active: false } }))).toBe(
      'NOT_FOUND',
    );
    expect(await api.prisma.staffMember.count({ where: { active: false } })).toBe(0);
    expect(await api.prisma.staffMember.count({ where: { email: 'intruder@eastside.example' } })).toBe(0);
    // An email already on a program's staff cannot become an organization administrator.
    const taken = adminCreate('--email', 'pat.lead@northside.example', '--name', 'Pat', '--organization', 'Northside Recovery');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('is already a staff member of a program (PROGRAM_ADMIN)');
  });
});
