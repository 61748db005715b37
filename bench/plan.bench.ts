import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { BearerTokens } from '@oneplan/auth';
import { loadConfig } from '@oneplan/config';
import { PrismaService } from '@oneplan/prisma';
import { analyze, children, freshDatabase, median, runtimeOf, peakRssMb, start } from './bench-support.js';
import { fillPlan, PLAN_QUERY, PLAN_READ_STATEMENTS, REALISTIC_PLAN, scaled } from './plan-fixture.js';

/**
 * npm run bench:plan: the whole-plan GraphQL query against two floors measured in the same run (a bare
 * node:http server answering the same plan through pg: one query per table, or one statement building
 * the JSON in PostgreSQL). Sides alternate, three rounds each: throughput at 50 connections for 15 s,
 * then latency at a fixed 100 requests per second (or 90% of what the one-statement floor holds).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);

async function seedPlan(prisma: PrismaService, factor: number) {
  const program = await prisma.program.create({
    data: { name: `Bench ${factor}`, levelOfCare: 'IOP', timeZone: 'America/New_York', organization: { create: { name: `Bench ${factor} organization` } } },
  });
  const staff = async (role: string, discipline: 'THERAPIST' | 'GROUP_FACILITATOR' | 'PRESCRIBER') =>
    prisma.staffMember.create({ data: { programId: program.id, name: `${role} ${factor}`, email: `${role}.${factor}@bench.example`, credentials: 'LCSW', discipline } });
  const [therapist, facilitator, prescriber] = [await staff('therapist', 'THERAPIST'), await staff('facilitator', 'GROUP_FACILITATOR'), await staff('prescriber', 'PRESCRIBER')];
  const patient = await prisma.patient.create({ data: { programId: program.id, firstName: 'Bench', lastName: `Patient ${factor}`, dateOfBirth: new Date('1988-05-05'), recordNumber: `B-${factor}` } });
  const start = new Date(Date.now() - 400 * 86_400_000);
  const episode = await prisma.episode.create({ data: { patientId: patient.id, programId: program.id, startDate: start } });
  await prisma.careTeamMember.createMany({
    data: [
      { episodeId: episode.id, staffId: therapist.id, role: 'PRIMARY_THERAPIST', fromDate: start },
      { episodeId: episode.id, staffId: facilitator.id, role: 'GROUP_FACILITATOR', fromDate: start },
      { episodeId: episode.id, staffId: prescriber.id, role: 'PRESCRIBER', fromDate: start },
    ],
  });
  const plan = await prisma.treatmentPlan.create({
    data: {
      episodeId: episode.id,
      status: 'ACTIVE',
      levelOfCare: 'IOP',
      reviewCadenceDays: 30,
      nextReviewDate: new Date(),
      createdById: therapist.id,
      safetyPlan: { create: { warningSigns: ['a'], copingStrategies: ['b'], peopleAndPlaces: ['c'], crisisLines: [{ name: '988', number: '988' }], updatedById: therapist.id } },
    },
  });
  await fillPlan(
    prisma,
    { planId: plan.id, patientId: patient.id, programId: program.id, therapistId: therapist.id, facilitatorId: facilitator.id, prescriberId: prescriber.id },
    scaled(REALISTIC_PLAN, factor),
  );
  return { patientId: patient.id, staffId: therapist.id };
}

/** SQL statements one whole-plan read issues (after a first read), counted in-process on the API's own Prisma client. */
async function statementsPerRead(plans: Array<{ patientId: string; token: string }>) {
  process.env.LOG_LEVEL = 'silent';
  const { createApi } = await import('../apps/api/src/bootstrap.js');
  const { app } = await createApi();
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const prisma = app.get(PrismaService);
  const counts = [];
  for (const plan of plans) {
    const read = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${plan.token}` },
        body: JSON.stringify({ query: PLAN_QUERY, variables: { patientId: plan.patientId } }),
      });
    await (await read()).json();
    let count = 0;
    const stop = prisma.onStatement(() => count++);
    const response = await read();
    const body = (await response.json()) as { errors?: unknown };
    stop();
    if (body.errors) throw new Error(`Plan read failed: ${JSON.stringify(body.errors)}`);
    counts.push(count);
  }
  await app.close();
  return counts;
}

type Side = { name: 'api' | 'floor' | 'one'; options: autocannon.Options };

async function run(side: Side, extra: Partial<autocannon.Options>) {
  const result = await autocannon({ ...side.options, ...extra } as autocannon.Options);
  if (result.errors || result.non2xx) throw new Error(`${side.name}: ${result.errors} errors, ${result.non2xx} non-2xx responses`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/**
 * One staff member at 50 connections far exceeds the production rate budgets; the limiter still runs (two
 * Redis round trips per request) with budgets it never reaches, on counters of this run's own.
 */
const UNLIMITED_RATE = { RATE_LIMIT_PER_STAFF: '1000000000', RATE_LIMIT_PER_ADDRESS: '1000000000', RATE_LIMIT_KEY_PREFIX: `oneplan:bench:${process.pid}` };

async function main() {
  const databaseUrl = await freshDatabase('oneplan_bench');
  process.env.JWT_SECRET = randomBytes(32).toString('hex');
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl });
  const prisma = new PrismaService(config);
  const realistic = await seedPlan(prisma, 1);
  const tenfold = await seedPlan(prisma, 10);
  await prisma.close();
  await analyze(databaseUrl);
  const tokens = new BearerTokens(config);
  const token = await tokens.issue(realistic.staffId);
  process.env.DATABASE_URL = databaseUrl;
  Object.assign(process.env, UNLIMITED_RATE);
  const [statements, statementsTenfold] = await statementsPerRead([
    { patientId: realistic.patientId, token },
    { patientId: tenfold.patientId, token: await tokens.issue(tenfold.staffId) },
  ]);

  const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production', JWT_SECRET: config.JWT_SECRET, ...UNLIMITED_RATE };
  const api = await start('dist/apps/api/src/main.js', { ...env, PORT: '3990' }, '3990', runtimeOf('api'));
  await start('dist/bench/plan-floor.js', { ...env, PORT: '3991' }, '3991');
  const sides: Side[] = [
    { name: 'floor', options: { url: `http://127.0.0.1:3991/plan?patientId=${realistic.patientId}` } },
    { name: 'one', options: { url: `http://127.0.0.1:3991/plan-one?patientId=${realistic.patientId}` } },
    {
      name: 'api',
      options: {
        url: 'http://127.0.0.1:3990/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: PLAN_QUERY, variables: { patientId: realistic.patientId } }),
      },
    },
  ];
  try {
    for (const side of sides) await run(side, { connections: 10, duration: 3 });
    // Latency at 100 req/s, or at the highest rate the one-statement floor holds if that is lower.
    const probe = await run(sides[1], { connections: 50, duration: 5 });
    const rate = Math.min(100, Math.floor(probe.rps * 0.9));
    const rounds: Array<Record<string, { rps: number; p50: number; p99: number }>> = [];
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? [...sides].reverse() : sides;
      const results: Record<string, { rps: number; p50: number; p99: number }> = {};
      for (const side of order) results[`${side.name}.throughput`] = await run(side, { connections: 50, duration: SECONDS });
      for (const side of order) results[`${side.name}.latency`] = await run(side, { connections: 10, overallRate: rate, duration: SECONDS });
      rounds.push(results);
      const line = (kind: string) => sides.map((side) => `${side.name} ${results[`${side.name}.${kind}`].p50}/${results[`${side.name}.${kind}`].p99}`).join(', ');
      console.log(
        `round ${round + 1}: req/s at 50 connections ${sides.map((side) => `${side.name} ${results[`${side.name}.throughput`].rps.toFixed(0)}`).join(', ')}; p50/p99 ms at ${rate} req/s ${line('latency')}`,
      );
    }
    const ratio = (floor: 'floor' | 'one', metric: 'rps' | 'p50' | 'p99', kind: 'throughput' | 'latency') => median(rounds.map((r) => r[`api.${kind}`][metric] / r[`${floor}.${kind}`][metric]));
    const pick = (side: string, kind: string, metric: 'rps' | 'p50' | 'p99') => median(rounds.map((r) => r[`${side}.${kind}`][metric]));
    const rss = peakRssMb(api.pid!);
    const targets = {
      oneThroughput: ratio('one', 'rps', 'throughput') >= 0.35,
      oneP99: ratio('one', 'p99', 'latency') <= 3,
      floorThroughput: ratio('floor', 'rps', 'throughput') >= 0.2,
      floorP50: ratio('floor', 'p50', 'latency') <= 4,
      floorP99: ratio('floor', 'p99', 'latency') <= 4,
    };
    const lines = [
      [
        'throughput at 50 connections (req/s, median)',
        `one-statement floor ${pick('one', 'throughput', 'rps').toFixed(0)}`,
        `per-table floor ${pick('floor', 'throughput', 'rps').toFixed(0)}`,
        `api ${pick('api', 'throughput', 'rps').toFixed(0)}`,
      ],
      ['  api / one-statement floor', ratio('one', 'rps', 'throughput').toFixed(3), 'target >= 0.35'],
      ['  api / per-table floor', ratio('floor', 'rps', 'throughput').toFixed(3), 'target >= 0.20'],
      [`p50 at ${rate} req/s (ms, median)`, `one-statement floor ${pick('one', 'latency', 'p50')}`, `per-table floor ${pick('floor', 'latency', 'p50')}`, `api ${pick('api', 'latency', 'p50')}`],
      ['  api / one-statement floor', ratio('one', 'p50', 'latency').toFixed(2)],
      ['  api / per-table floor', ratio('floor', 'p50', 'latency').toFixed(2), 'target <= 4'],
      [`p99 at ${rate} req/s (ms, median)`, `one-statement floor ${pick('one', 'latency', 'p99')}`, `per-table floor ${pick('floor', 'latency', 'p99')}`, `api ${pick('api', 'latency', 'p99')}`],
      ['  api / one-statement floor', ratio('one', 'p99', 'latency').toFixed(2), 'target <= 3'],
      ['  api / per-table floor', ratio('floor', 'p99', 'latency').toFixed(2), 'target <= 4'],
      ['SQL statements per plan read', `realistic plan ${statements}`, `plan ten times larger ${statementsTenfold}`, `target: equal, at most ${PLAN_READ_STATEMENTS}`],
      ['API peak RSS (MB)', rss.toFixed(0), 'target < 400'],
    ];
    console.log(`\nbench:plan (${ROUNDS} rounds of ${SECONDS} s per side and mode, sides alternating)`);
    for (const line of lines) console.log(`  ${line.join(' | ')}`);
    const pass = Object.values(targets).every(Boolean) && statements === statementsTenfold && statements <= PLAN_READ_STATEMENTS && rss < 400;
    console.log(`\nAll targets met: ${pass ? 'yes' : 'NO'}`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }
}

try {
  await main();
} finally {
  for (const child of children) child.kill('SIGTERM');
}
process.exit(0);
