import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { JobName, QueueName, SweepKind } from '@oneplan/queue';
import { createSuiteDatabase, dropDatabase } from '../support/databases.js';
import pg from 'pg';
import { BearerTokens } from '@oneplan/auth';
import { loadConfig } from '@oneplan/config';
import { freePort, run, waitFor } from '../support/processes.js';

const root = path.resolve(import.meta.dirname, '../..');

/** A staff member in a bare database, and a token for them. */
async function signedInStaffOf(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const {
      rows: [program],
    } = await client.query(`
      WITH organization AS (INSERT INTO "Organization" ("id", "name") VALUES (gen_random_uuid(), 'Processes ' || gen_random_uuid()) RETURNING "id")
      INSERT INTO "Program" ("id", "organizationId", "name", "levelOfCare", "timeZone") SELECT gen_random_uuid(), "id", 'Processes', 'IOP', 'UTC' FROM organization RETURNING "id"`);
    const {
      rows: [staff],
    } = await client.query(
      `INSERT INTO "StaffMember" ("id", "programId", "name", "email", "credentials", "discipline") VALUES (gen_random_uuid(), $1, 'Pat Process', $2, 'LCSW', 'THERAPIST') RETURNING "id"`,
      [program.id, `pat.process.${randomUUID()}@test.example`],
    );
    return new BearerTokens(loadConfig()).issue(staff.id);
  } finally {
    await client.end();
  }
}

describe('API and worker processes (e2e)', () => {
  let database: { name: string; url: string };

  beforeAll(async () => {
    database = await createSuiteDatabase();
  });
  afterAll(() => dropDatabase(database.name));

  it.each(['api', 'worker'] as const)('should report health and drain on SIGTERM within 10 s, failing no job it was running (%s)', async (app) => {
    const port = String(await freePort());
    // A queue of this test's own: the worker's first sweeps run as it starts, and are in flight at SIGTERM.
    const prefix = `oneplan-drain-${randomUUID()}`;
    const started = run(app, { DATABASE_URL: database.url, PORT: port, WORKER_PORT: port, QUEUE_PREFIX: prefix });
    try {
      expect((await waitFor(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
      const ready = await waitFor(`http://127.0.0.1:${port}/health/ready`);
      expect(ready.status).toBe(200);
      const queue = { waiting: expect.any(Number), delayed: expect.any(Number), active: expect.any(Number), failed: expect.any(Number), oldestWaitingSeconds: expect.any(Number) };
      expect(await ready.json()).toEqual({
        status: 'ok',
        checks: { postgres: 'up', redis: 'up' },
        ...(app === 'worker' ? { queue, sweepIntervalSeconds: 300, sweepsOverdue: [], sweeps: expect.any(Array), eventsUnhandled: 0 } : {}),
      });
      if (app === 'worker') {
        const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
        expect(metrics).toContain('oneplan_sweep_interval_seconds 300');
        expect(metrics).toMatch(/^oneplan_queue_jobs\{state="failed"\} \d+$/m);
        expect(metrics).toMatch(/^oneplan_worker_process_resident_memory_bytes \d+$/m);
      }
      // The worker's sweeps read plans: held back by a lock until after SIGTERM, they are surely in flight then.
      const blocker = new pg.Client({ connectionString: database.url });
      await blocker.connect();
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE "TreatmentPlan" IN ACCESS EXCLUSIVE MODE');
      if (app === 'worker') {
        const reminders = new Queue(QueueName.Reminders, { connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix });
        await reminders.add(JobName.ReminderSweep, { sweep: SweepKind.Reviews });
        for (let attempt = 0; (await reminders.getActiveCount()) === 0 && attempt < 100; attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
        await reminders.close();
      }
      started.child.kill('SIGTERM');
      setTimeout(() => void blocker.query('COMMIT').finally(() => blocker.end()), 500);
      const { code, ms } = await started.exit;
      expect(code).toBe(0);
      expect(ms).toBeLessThan(10_000);
      for (const line of started.output().trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
      const reminders = new Queue(QueueName.Reminders, { connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix });
      try {
        expect((await reminders.getJobs(['failed'])).map((job) => job.failedReason)).toEqual([]);
      } finally {
        await reminders.close();
      }
    } finally {
      started.child.kill('SIGKILL');
    }
  });

  it('should exit on SIGTERM within 10 s after clients gave up on requests in flight (api)', async () => {
    const port = String(await freePort());
    const started = run('api', { DATABASE_URL: database.url, PORT: port });
    try {
      await waitFor(`http://127.0.0.1:${port}/health/live`);
      const token = await signedInStaffOf(database.url);
      const body = JSON.stringify({ query: '{ me { id } }' });
      await Promise.all(
        Array.from({ length: 400 }, async (_, index) => {
          const abandon = new AbortController();
          setTimeout(() => abandon.abort(), index % 40);
          await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body, signal: abandon.signal }).catch(
            () => undefined,
          );
        }),
      );
      started.child.kill('SIGTERM');
      const { code, ms } = await started.exit;
      expect(code).toBe(0);
      expect(ms).toBeLessThan(10_000);
    } finally {
      started.child.kill('SIGKILL');
    }
  });

  it('should log each GraphQL request with its operation, staff member and request id, never its content, and log start and shutdown', async () => {
    const port = String(await freePort());
    const started = run('api', { DATABASE_URL: database.url, PORT: port });
    try {
      await waitFor(`http://127.0.0.1:${port}/health/live`);
      const token = await signedInStaffOf(database.url);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'log-probe-1' },
        body: JSON.stringify({ query: 'query Secretive { me { id } }' }),
      });
      const { data } = (await response.json()) as { data: { me: { id: string } } };
      started.child.kill('SIGTERM');
      expect((await started.exit).code).toBe(0);
      const lines = started
        .output()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const request = lines.find((line) => (line.req as { id?: string } | undefined)?.id === 'log-probe-1');
      expect(request).toMatchObject({ operation: 'query me', staffId: data.me.id, req: { method: 'POST', path: '/graphql' }, res: { statusCode: 200 } });
      expect(started.output()).not.toContain('Secretive');
      expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining([expect.stringContaining('API listening'), 'Shutting down: finishing requests and jobs in flight', 'Stopped']));
    } finally {
      started.child.kill('SIGKILL');
    }
  });

  it('should write human-readable lines with LOG_FORMAT=pretty (the default in development)', async () => {
    const port = String(await freePort());
    const started = run('api', { DATABASE_URL: database.url, PORT: port, LOG_FORMAT: 'pretty' });
    try {
      await waitFor(`http://127.0.0.1:${port}/health/live`);
      started.child.kill('SIGTERM');
      await started.exit;
      const line = started
        .output()
        .split('\n')
        .find((entry) => entry.includes('API listening'))!;
      expect(line).toMatch(/INFO/);
      expect(() => JSON.parse(line)).toThrow();
    } finally {
      started.child.kill('SIGKILL');
    }
  });

  it('should report not ready once Redis goes away, and be ready and process jobs again when it is back', async () => {
    const redisPort = String(await freePort());
    const startRedis = () => spawn('redis-server', ['--port', redisPort, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    let redis = startRedis();
    const port = String(await freePort());
    // The worker's queue prefix is named, not inherited from whichever suite ran before in this process.
    const started = run('worker', { DATABASE_URL: database.url, WORKER_PORT: port, REDIS_URL: `redis://127.0.0.1:${redisPort}`, QUEUE_PREFIX: 'oneplan-processes' });
    const readiness = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      return { status: response.status, body: await response.json() };
    };
    try {
      await waitFor(`http://127.0.0.1:${port}/health/live`);
      expect((await readiness()).status).toBe(200);
      redis.kill('SIGKILL');
      await new Promise((resolve) => redis.once('exit', resolve));
      expect(await readiness()).toEqual({ status: 503, body: { status: 'unavailable', checks: { postgres: 'up', redis: 'down' } } });
      redis = startRedis();
      let back = await readiness();
      for (let attempt = 0; back.status !== 200 && attempt < 50; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        back = await readiness();
      }
      expect(back.status).toBe(200);
      const queue = new Queue(QueueName.Reminders, { connection: { url: `redis://127.0.0.1:${redisPort}` }, prefix: 'oneplan-processes' });
      try {
        const job = await queue.add(JobName.Ping, { requestedAt: new Date().toISOString() });
        let state = await job.getState();
        for (let attempt = 0; state !== 'completed' && attempt < 100; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          state = await job.getState();
        }
        expect(state).toBe('completed');
      } finally {
        await queue.close();
      }
    } finally {
      started.child.kill('SIGTERM');
      await started.exit;
      redis.kill('SIGKILL');
    }
  });

  it.each([
    ['PostgreSQL', { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/oneplan' }, 'postgresql://postgres@127.0.0.1:1/oneplan'],
    ['Redis', { REDIS_URL: 'redis://127.0.0.1:1' }, 'redis://127.0.0.1:1'],
  ])('should explain in one paragraph, without a stack trace, that %s cannot be reached', async (service, env, url) => {
    const started = run('api', { DATABASE_URL: database.url, ...env });
    const { code } = await started.exit;
    expect(code).not.toBe(0);
    const output = started.output();
    expect(output).toContain(`${service} is not reachable at ${url}`);
    expect(output).toMatch(/Start .* then try again\./);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('should name each invalid configuration variable in a line of its own and exit, without a stack trace', async () => {
    const started = run('worker', { DATABASE_URL: 'mysql://root:hunter2@127.0.0.1/oneplan', WORKER_PORT: 'seventy', GRAPHQL_MAX_IN_FLIGHT: '0' });
    const { code } = await started.exit;
    expect(code).toBe(1);
    const lines = started.output().trim().split('\n');
    expect(lines[0]).toBe('Invalid configuration (see .env.example):');
    expect(
      lines
        .slice(1)
        .map((line) => line.trim().split(':')[0])
        .sort(),
    ).toEqual(['DATABASE_URL', 'GRAPHQL_MAX_IN_FLIGHT', 'WORKER_PORT']);
    expect(started.output()).toContain('DATABASE_URL: must be a postgres: or postgresql: URL, not mysql:');
    expect(started.output()).not.toContain('hunter2');
    expect(started.output()).not.toMatch(/\n\s+at /);
  });

  it('should read the configuration from the file ENV_FILE names, the environment winning over it', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'oneplan-env-'));
    const file = path.join(directory, 'oneplan.env');
    writeFileSync(file, 'GRAPHQL_MAX_DEPTH=0\nSWEEP_BATCH_SIZE=0\n');
    try {
      const fromFile = run('worker', { DATABASE_URL: database.url, ENV_FILE: file, SWEEP_BATCH_SIZE: '100' });
      expect((await fromFile.exit).code).toBe(1);
      expect(fromFile.output()).toContain('GRAPHQL_MAX_DEPTH: must be a whole number of at least 1');
      expect(fromFile.output()).not.toContain('SWEEP_BATCH_SIZE');
      const missing = run('worker', { DATABASE_URL: database.url, ENV_FILE: path.join(directory, 'absent.env') });
      expect((await missing.exit).code).toBe(1);
      expect(missing.output()).toContain('ENV_FILE names');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('should tell a missing database apart from a server that is down, and say how to create it', async () => {
    const missing = Object.assign(new URL(database.url), { pathname: '/oneplan_no_such_database' }).toString();
    const started = run('api', { DATABASE_URL: missing });
    expect((await started.exit).code).toBe(1);
    expect(started.output()).toContain('is running but has no database "oneplan_no_such_database"');
    expect(started.output()).toContain('npm run db:migrate');
    expect(started.output()).not.toMatch(/\n\s+at /);
  });

  it('should have the token command fail with the same paragraph when PostgreSQL cannot be reached', async () => {
    const token = spawnSync(process.execPath, ['--no-warnings', path.join(root, 'dist/apps/api/src/token.js'), 'anyone@example.org'], {
      env: { ...process.env, DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/oneplan' },
      encoding: 'utf8',
    });
    expect(token.status).toBe(1);
    expect(token.stdout).toBe('');
    expect(token.stderr).toContain('OnePlan token command cannot start: PostgreSQL is not reachable at postgresql://postgres@127.0.0.1:1/oneplan');
    expect(token.stderr).not.toMatch(/\n\s+at /);
  });
});
