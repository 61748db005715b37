import { execFileSync } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { verifyAuditChain } from '@oneplan/audit';
import { buildClinic, programDay, type Clinic } from '../support/clinic.js';
import { startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const WRITERS = 6;
const ADD_NOTE = `mutation($input: AddClinicalNoteInput!) { addClinicalNote(input: $input) { note { id } } }`;

interface Attempt {
  text: string;
  status: number;
  noteId?: string;
  code?: string;
  retryAfter?: string;
}

const until = async (condition: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('PostgreSQL stopped and restarted under writes (e2e)', () => {
  let server: PrivatePostgres;
  let api: TestApi;
  let clinic: Clinic;

  beforeAll(async () => {
    server = await startPrivatePostgres();
    const url = server.url('oneplan_outage');
    execFileSync(process.execPath, ['--experimental-wasm-modules', '--no-warnings', path.resolve('scripts/db/migrate.mjs')], { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
    api = await startTestApi({ DATABASE_URL: url });
    clinic = await buildClinic(api);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    server?.destroy();
  });

  it('should keep every acknowledged write with its revision and audit event, none of the failed ones, and fail them as SERVICE_UNAVAILABLE', async () => {
    const token = await api.tokenFor(clinic.staff.therapist);
    const attempts: Attempt[] = [];
    let running = true;
    const writer = async (index: number) => {
      for (let n = 0; running; n++) {
        const text = `Outage note ${index}-${n}`;
        const response = await request(api.app.getHttpServer())
          .post('/graphql')
          .set('authorization', `Bearer ${token}`)
          .send({ query: ADD_NOTE, variables: { input: { planId: clinic.planId, kind: 'PROGRESS', text, noteDate: programDay(0) } } });
        const noteId = response.body.data?.addClinicalNote?.note.id;
        attempts.push({ text, status: response.status, noteId, code: response.body.errors?.[0]?.extensions.code, retryAfter: response.headers['retry-after'] });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    const acknowledged = () => attempts.filter((attempt) => attempt.noteId).length;
    const writers = Array.from({ length: WRITERS }, (_, index) => writer(index));
    await until(() => acknowledged() >= 20, 20_000);
    server.stop();
    const failedBefore = attempts.length;
    await until(() => attempts.length >= failedBefore + 30, 20_000);
    server.start();
    const afterRestart = acknowledged();
    await until(() => acknowledged() >= afterRestart + 20, 30_000);
    running = false;
    await Promise.all(writers);

    const saved = attempts.filter((attempt) => attempt.noteId);
    const failed = attempts.filter((attempt) => !attempt.noteId);
    expect(failed.length).toBeGreaterThanOrEqual(30);
    expect(new Set(failed.map((attempt) => `${attempt.status} ${attempt.code} ${attempt.retryAfter !== undefined}`))).toEqual(new Set(['503 SERVICE_UNAVAILABLE true']));

    const notes = await api.prisma.clinicalNote.findMany({ where: { planId: clinic.planId }, select: { id: true, text: true } });
    expect(notes.map((note) => note.text).sort()).toEqual(saved.map((attempt) => attempt.text).sort());
    const revised = await api.prisma.planRevision.findMany({ where: { entityType: 'ClinicalNote', action: 'CREATED' }, select: { entityId: true } });
    expect(revised.map((revision) => revision.entityId).sort()).toEqual(saved.map((attempt) => attempt.noteId).sort());
    expect(await api.prisma.auditEvent.count({ where: { operation: 'addClinicalNote', outcome: 'ALLOWED', access: 'WRITE' } })).toBe(saved.length);
    expect((await verifyAuditChain(api.prisma)).broken).toBeNull();
    process.stdout.write(`PostgreSQL outage: ${attempts.length} writes, ${saved.length} acknowledged and kept, ${failed.length} answered 503 SERVICE_UNAVAILABLE and absent\n`);
  }, 120_000);

  it("should answer the web app's sign-in routes with SERVICE_UNAVAILABLE, and no stack, while PostgreSQL is down", async () => {
    const http = request(api.app.getHttpServer());
    server.stop();
    try {
      const answers = [await http.get('/auth/session'), await http.get('/auth/dev/staff'), await http.post('/auth/dev/sign-in').send({ email: 'anyone@clinic.example' })];
      for (const answer of answers) {
        expect(answer.status).toBe(503);
        expect(answer.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
        expect(answer.text).not.toMatch(/\n\s+at |Prisma|ECONNREFUSED/);
      }
    } finally {
      server.start();
    }
  }, 60_000);
});
