import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import pg from 'pg';
import { BearerTokens } from '@oneplan/auth';
import { loadConfig } from '@oneplan/config';
import { JobName, QueueName, SweepKind } from '@oneplan/queue';
import { children, freshDatabase, median, runtimeOf, peakRssMb, percentile, start } from './bench-support.js';
import { PLAN_QUERY } from './plan-fixture.js';
import { addPatients, createPrograms } from './scale-fixture.js';

/**
 * npm run bench:scale: a clinic grown in set-based SQL to 1,000, 10,000 and 100,000 open plans. At each
 * size: how long the build took, caseload, patients and whole-plan read latency through the API, and one
 * full reminder sweep (all kinds) by a worker process started for it: duration, the worker's peak RSS,
 * notifications stored per second, stalled jobs, and the review reminders and tasks stored against a SQL
 * count of what is due. At the largest size the sweep runs again, from nothing stored, with two workers.
 */
const SIZES = (process.env.BENCH_SCALE_SIZES ?? '1000,10000,100000').split(',').map(Number);
const READS = 30;
const SWEEP_TIMEOUT_MS = 15 * 60_000;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `oneplan-scale-${randomBytes(4).toString('hex')}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const count = async (db: pg.Client, sql: string, values: unknown[] = []) => Number((await db.query(sql, values)).rows[0].count);

/** Review reminders due at the reviews run's instant, by the sweep's rule: therapists from 7 days before, admins from 3 days overdue. */
const EXPECTED_REVIEWS = `
  SELECT sum(CASE WHEN d <= 7 THEN 1 ELSE 0 END + CASE WHEN d <= -3 THEN 1 ELSE 0 END) AS count, sum(CASE WHEN d <= 0 THEN 1 ELSE 0 END) AS tasks
  FROM (SELECT p."nextReviewDate" - (r."instant" AT TIME ZONE 'UTC' AT TIME ZONE pr."timeZone")::date AS d
        FROM "TreatmentPlan" p JOIN "Episode" e ON e."id" = p."episodeId" JOIN "Program" pr ON pr."id" = e."programId", "SweepRun" r
        WHERE r."sweep" = 'reviews' AND p."status" <> 'CLOSED' AND e."status" = 'OPEN') due`;

async function timed(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let index = 0; index < READS + 5; index++) {
    const began = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`Read failed: ${JSON.stringify(body.errors)}`);
    if (index >= 5) times.push(performance.now() - began);
  }
  return { p50: median(times), p95: percentile(times, 0.95) };
}

/** One full sweep (every kind) by `workers` fresh worker processes, queued as the schedulers would. */
async function sweep(db: pg.Client, env: Record<string, string>, workers: number) {
  const processes = [];
  for (let index = 0; index < workers; index++) processes.push(await start('dist/apps/worker/src/main.js', { ...env, WORKER_PORT: String(3995 + index) }, String(3995 + index), runtimeOf('worker')));
  const connection = { url: redisUrl, maxRetriesPerRequest: null };
  const queue = new Queue(QueueName.Reminders, { connection, prefix });
  const events = new QueueEvents(QueueName.Reminders, { connection, prefix });
  let stalled = 0;
  events.on('stalled', () => stalled++);
  await events.waitUntilReady();
  const before = await count(db, 'SELECT count(*) FROM "Notification"');
  const began = performance.now();
  const startedAt = new Date();
  await queue.addBulk(Object.values(SweepKind).map((kind) => ({ name: JobName.ReminderSweep, data: { sweep: kind } })));
  const done = `SELECT count(*) FROM "SweepRun" r WHERE r."startedAt" >= $1 AND r."completedAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "SweepBatch" b WHERE b."runId" = r."runId" AND b."doneAt" IS NULL)`;
  while ((await count(db, done, [startedAt])) < Object.values(SweepKind).length) {
    if (performance.now() - began > SWEEP_TIMEOUT_MS) throw new Error('The sweep did not finish in time');
    await sleep(250);
  }
  const seconds = (performance.now() - began) / 1000;
  const rss = processes.map((child) => peakRssMb(child.pid!));
  const stored = (await count(db, 'SELECT count(*) FROM "Notification"')) - before;
  const byWorker = (await db.query('SELECT "doneBy", count(*)::int AS batches FROM "SweepBatch" GROUP BY 1 ORDER BY 1')).rows.map((row) => row.batches);
  const failed = await queue.getFailedCount();
  for (const child of processes) child.kill('SIGTERM');
  await Promise.all(processes.map((child) => new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)))));
  await events.close();
  await queue.close();
  const expected = (await db.query(EXPECTED_REVIEWS)).rows[0];
  const reviews = await count(db, `SELECT count(*) FROM "Notification" WHERE "kind" IN ('REVIEW_DUE', 'REVIEW_OVERDUE')`);
  const reviewTasks = await count(db, `SELECT count(*) FROM "Task" WHERE "title" = 'Review the treatment plan'`);
  return { seconds, rss, stored, stalled, failed, byWorker, reviews: `${reviews}/${expected.count}`, reviewTasks: `${reviewTasks}/${expected.tasks}` };
}

async function main() {
  const databaseUrl = await freshDatabase('oneplan_scale');
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await createPrograms(db);
  const JWT_SECRET = randomBytes(32).toString('hex');
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET });
  const tokens = new BearerTokens(config);
  const rate = { RATE_LIMIT_PER_STAFF: '1000000000', RATE_LIMIT_PER_ADDRESS: '1000000000', RATE_LIMIT_KEY_PREFIX: `oneplan:scale:${process.pid}` };
  const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production', JWT_SECRET, QUEUE_PREFIX: prefix, REMINDER_SWEEP_SECONDS: '0', ...rate };
  await start('dist/apps/api/src/main.js', { ...env, PORT: '3994' }, '3994', runtimeOf('api'));
  const url = 'http://127.0.0.1:3994/graphql';
  const [therapist, admin, program] = (await db.query(`SELECT pg_temp.scale_id('staff:0:T:0') AS t, pg_temp.scale_id('staff:0:A:0') AS a, pg_temp.scale_id('program:0') AS p`)).rows.map((row) => [
    row.t,
    row.a,
    row.p,
  ])[0];
  const [therapistToken, adminToken] = [await tokens.issue(therapist), await tokens.issue(admin)];
  let built = 0;
  try {
    for (const size of SIZES) {
      const began = performance.now();
      await addPatients(db, built, size);
      const buildSeconds = (performance.now() - began) / 1000;
      built = size;
      // Patient 500: program 0, therapist 0's caseload.
      const patientId = (await db.query(`SELECT pg_temp.scale_id('patient:500') AS id`)).rows[0].id;
      const caseload = await timed(url, therapistToken, 'query { caseload(first: 20) { totalCount edges { node { id nextReviewDate patient { lastName } } } } }', {});
      const patients = await timed(url, adminToken, 'query($programId: ID!) { patients(programId: $programId, first: 20) { edges { node { id lastName } } } }', { programId: program });
      const plan = await timed(url, therapistToken, PLAN_QUERY, { patientId });
      const run = await sweep(db, env, 1);
      console.log(
        `${size} plans (built in ${buildSeconds.toFixed(1)} s): sweep ${run.seconds.toFixed(1)} s, worker peak RSS ${run.rss.map((mb) => mb.toFixed(0)).join('+')} MB, ${run.stored} notifications stored (${(run.stored / run.seconds).toFixed(0)}/s), ` +
          `${run.stalled} stalled, ${run.failed} failed jobs; reviews stored/due ${run.reviews}, review tasks ${run.reviewTasks}; p50/p95 ms: caseload ${caseload.p50.toFixed(1)}/${caseload.p95.toFixed(1)}, patients ${patients.p50.toFixed(1)}/${patients.p95.toFixed(1)}, plan ${plan.p50.toFixed(1)}/${plan.p95.toFixed(1)}`,
      );
    }
    await db.query('TRUNCATE "Notification", "Task"');
    const shared = await sweep(db, env, 2);
    console.log(
      `${built} plans, two workers from nothing stored: sweep ${shared.seconds.toFixed(1)} s, peak RSS ${shared.rss.map((mb) => mb.toFixed(0)).join('+')} MB, batches per worker ${shared.byWorker.join('+')}, ${shared.stored} notifications stored, ` +
        `${shared.stalled} stalled, ${shared.failed} failed jobs; reviews stored/due ${shared.reviews}, review tasks ${shared.reviewTasks}`,
    );
  } finally {
    await db.end();
    for (const child of children) child.kill('SIGTERM');
    const queue = new Queue(QueueName.Reminders, { connection: { url: redisUrl, maxRetriesPerRequest: null }, prefix });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
}

await main();
