import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { type Job, Queue, Worker } from 'bullmq';
import { loadConfig } from '@oneplan/config';
import { PrismaService } from '@oneplan/prisma';
import { children, freshDatabase, runtimeOf, percentile, start } from './bench-support.js';

/**
 * npm run bench:reminders: the reminder pipeline (outbox, relay, BullMQ, worker, notifications) against
 * floors taken in the same run on the same Redis: BullMQ addBulk drained by a no-op worker, and the
 * enqueue-to-start latency of an immediate no-op job.
 */
const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 1000);
const BURST = Number(process.env.BENCH_BURST ?? 10_000);
const STEADY_RATE = 100;
const STEADY_SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 30);
const FLOOR_JOBS = 20_000;
const TOLD_PER_CHANGE = 3;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `oneplan-bench-${randomBytes(4).toString('hex')}`;
const connection = { url: redisUrl, maxRetriesPerRequest: null };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** BullMQ alone: addBulk of no-op jobs and a no-op worker, jobs per second. */
async function floorThroughput(): Promise<number> {
  const queue = new Queue('floor', { connection, prefix });
  let done = 0;
  const worker = new Worker('floor', async () => undefined, { connection, prefix, concurrency: 10 });
  worker.on('completed', () => done++);
  await worker.waitUntilReady();
  const began = performance.now();
  for (let offset = 0; offset < FLOOR_JOBS; offset += 1000) await queue.addBulk(Array.from({ length: 1000 }, () => ({ name: 'noop', data: {}, opts: { removeOnComplete: true } })));
  while (done < FLOOR_JOBS) await sleep(5);
  const perSecond = FLOOR_JOBS / ((performance.now() - began) / 1000);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return perSecond;
}

/** BullMQ alone: from add to the processor starting, for immediate no-op jobs one at a time. */
async function floorLatency(): Promise<{ p50: number; p99: number }> {
  const queue = new Queue('floor-latency', { connection, prefix });
  const latencies: number[] = [];
  const worker = new Worker('floor-latency', async (job: Job) => void latencies.push(Date.now() - job.data.addedAt), { connection, prefix, concurrency: 10 });
  await worker.waitUntilReady();
  for (let index = 0; index < 300; index++) {
    await queue.add('noop', { addedAt: Date.now() }, { removeOnComplete: true });
    await sleep(10);
  }
  while (latencies.length < 300) await sleep(5);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

/** One program, four staff, and PATIENTS patients each with those four on the care team and a plan. */
async function seed(prisma: PrismaService) {
  const program = await prisma.program.create({ data: { name: 'Bench', levelOfCare: 'IOP', timeZone: 'America/Chicago', organization: { create: { name: 'Bench organization' } } } });
  const staff = await Promise.all(
    (['PRESCRIBER', 'THERAPIST', 'GROUP_FACILITATOR', 'CASE_MANAGER'] as const).map((discipline) =>
      prisma.staffMember.create({ data: { programId: program.id, name: discipline, email: `${discipline.toLowerCase()}@bench.example`, credentials: 'x', discipline } }),
    ),
  );
  const roles = ['PRESCRIBER', 'PRIMARY_THERAPIST', 'GROUP_FACILITATOR', 'CASE_MANAGER'] as const;
  const start = new Date(Date.now() - 30 * 86_400_000);
  const plans: string[] = [];
  const patients = Array.from({ length: PATIENTS }, (_, index) => ({
    id: randomUUID(),
    programId: program.id,
    firstName: 'Bench',
    lastName: `Patient ${index}`,
    dateOfBirth: new Date('1990-01-01'),
    recordNumber: `B-${index}`,
  }));
  const episodes = patients.map((patient) => ({ id: randomUUID(), patientId: patient.id, programId: program.id, startDate: start }));
  await prisma.patient.createMany({ data: patients });
  await prisma.episode.createMany({ data: episodes });
  await prisma.careTeamMember.createMany({ data: episodes.flatMap((episode) => staff.map((member, index) => ({ episodeId: episode.id, staffId: member.id, role: roles[index], fromDate: start }))) });
  const rows = episodes.map((episode) => ({
    id: randomUUID(),
    episodeId: episode.id,
    status: 'ACTIVE' as const,
    levelOfCare: 'IOP' as const,
    reviewCadenceDays: 30,
    nextReviewDate: new Date(Date.now() + 20 * 86_400_000),
    createdById: staff[1].id,
  }));
  await prisma.treatmentPlan.createMany({ data: rows });
  plans.push(...rows.map((row) => row.id));
  return { plans, prescriberId: staff[0].id };
}

/** Medication changes with their outbox events, committed together, as the API writes them. */
async function recordChanges(prisma: PrismaService, plans: string[], prescriberId: string, count: number, offset: number) {
  const changes = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    planId: plans[(offset + index) % plans.length],
    prescriberId,
    medicationName: `Medication ${offset + index}`,
    dose: '1 mg',
    route: 'oral',
    frequency: 'daily',
    changeType: 'START' as const,
    reason: 'bench',
    effectiveAt: new Date(),
  }));
  await prisma.$transaction([
    prisma.medicationChange.createMany({ data: changes }),
    prisma.outboxEvent.createMany({ data: changes.map((change) => ({ kind: 'MEDICATION_CHANGED', subjectId: change.id, actorId: prescriberId })) }),
  ]);
  return changes.map((change) => change.id);
}

const notified = (prisma: PrismaService) => prisma.notification.count({ where: { kind: 'MEDICATION_CHANGED' } });

async function main() {
  const databaseUrl = await freshDatabase('oneplan_bench_reminders');
  const prisma = new PrismaService(loadConfig({ ...process.env, DATABASE_URL: databaseUrl }));
  const { plans, prescriberId } = await seed(prisma);
  const floorJobs = await floorThroughput();
  const floorWait = await floorLatency();

  await start('dist/apps/worker/src/main.js', { DATABASE_URL: databaseUrl, QUEUE_PREFIX: prefix, WORKER_PORT: '3992', REMINDER_SWEEP_SECONDS: '0', LOG_LEVEL: 'warn' }, '3992', runtimeOf('worker'));
  const burstBegan = performance.now();
  await recordChanges(prisma, plans, prescriberId, BURST, 0);
  const expectedBurst = BURST * TOLD_PER_CHANGE;
  while ((await notified(prisma)) < expectedBurst) await sleep(50);
  const burstPerSecond = expectedBurst / ((performance.now() - burstBegan) / 1000);

  const committedAt = new Map<string, number>();
  const steadyBegan = Date.now();
  for (let tick = 0; tick < STEADY_RATE * STEADY_SECONDS; tick++) {
    const due = steadyBegan + (tick * 1000) / STEADY_RATE;
    if (due > Date.now()) await sleep(due - Date.now());
    const [id] = await recordChanges(prisma, plans, prescriberId, 1, BURST + tick);
    committedAt.set(id, Date.now());
  }
  const expectedTotal = expectedBurst + committedAt.size * TOLD_PER_CHANGE;
  for (const deadline = Date.now() + 60_000; (await notified(prisma)) < expectedTotal && Date.now() < deadline;) await sleep(50);
  const steady = await prisma.notification.findMany({ where: { subjectId: { in: [...committedAt.keys()] } }, select: { subjectId: true, createdAt: true } });
  const latencies = steady.map((row) => row.createdAt.getTime() - committedAt.get(row.subjectId!)!);

  const total = await notified(prisma);
  const pairs = await prisma.notification.groupBy({ by: ['subjectId', 'recipientId'], where: { kind: 'MEDICATION_CHANGED' }, _count: true });
  const doubled = pairs.filter((pair) => pair._count > 1).length;
  const missing = expectedTotal - pairs.length;
  const ratio = burstPerSecond / floorJobs;
  const p50 = percentile(latencies, 0.5);
  const p99 = percentile(latencies, 0.99);
  console.log(`\nbench:reminders (${PATIENTS} patients, teams of 4; burst of ${BURST} changes, then ${STEADY_RATE}/s for ${STEADY_SECONDS} s)`);
  console.log(`  floor: BullMQ addBulk + no-op worker | ${floorJobs.toFixed(0)} jobs/s`);
  console.log(`  floor: enqueue to processor start | p50 ${floorWait.p50} ms | p99 ${floorWait.p99} ms`);
  console.log(`  burst: reminders delivered | ${burstPerSecond.toFixed(0)} notifications/s | ratio to floor ${ratio.toFixed(3)} | target >= 0.10`);
  console.log(`  steady: write committed to notification stored | p50 ${p50} ms | p99 ${p99} ms | target p99 <= 250 ms`);
  console.log(`  notifications: ${total} stored of ${expectedTotal} expected | missing ${missing} | doubled ${doubled}`);
  const pass = ratio >= 0.1 && p99 <= 250 && missing === 0 && doubled === 0 && total === expectedTotal;
  console.log(`\nAll targets met: ${pass ? 'yes' : 'NO'}`);
  await prisma.close();
}

try {
  await main();
} finally {
  for (const child of children) child.kill('SIGTERM');
}
process.exit(0);
