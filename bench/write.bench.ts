import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { BearerTokens } from '@oneplan/auth';
import { loadConfig } from '@oneplan/config';
import { PrismaService } from '@oneplan/prisma';
import { children, freshDatabase, median, runtimeOf, start } from './bench-support.js';

/**
 * npm run bench:write: four writes through the API (a progress note, a measure, a group attendance, a
 * medication change), each against a floor measured in the same run (bench/write-floor.ts: the same
 * INSERT and its revision in one transaction through pg). Sides alternate; per write and side:
 * throughput at 20 connections, then latency at a fixed rate.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RATE = Number(process.env.BENCH_WRITE_RATE ?? 30);
const GROUPS = 20_000;
/** Writes go to many patients' plans in turn, as a clinic's do (writes to one plan run one after the other). */
const PATIENTS = 100;

async function seed(prisma: PrismaService) {
  const program = await prisma.program.create({ data: { name: 'Write bench', levelOfCare: 'IOP', timeZone: 'America/New_York', organization: { create: { name: 'Write bench organization' } } } });
  const staff = (name: string, discipline: 'THERAPIST' | 'GROUP_FACILITATOR' | 'PRESCRIBER') =>
    prisma.staffMember.create({ data: { programId: program.id, name, email: `${name}@write.example`, credentials: 'LCSW', discipline } });
  const [therapist, facilitator, prescriber] = [await staff('therapist', 'THERAPIST'), await staff('facilitator', 'GROUP_FACILITATOR'), await staff('prescriber', 'PRESCRIBER')];
  const start = new Date(Date.now() - 30 * 86_400_000);
  const patients = Array.from({ length: PATIENTS }, (_, i) => ({
    id: randomUUID(),
    programId: program.id,
    firstName: 'Write',
    lastName: `Bench ${i}`,
    dateOfBirth: new Date('1988-05-05'),
    recordNumber: `W-${i}`,
  }));
  const episodes = patients.map((patient) => ({ id: randomUUID(), patientId: patient.id, programId: program.id, startDate: start }));
  await prisma.patient.createMany({ data: patients });
  await prisma.episode.createMany({ data: episodes });
  await prisma.careTeamMember.createMany({
    data: episodes.flatMap((episode) => [
      { episodeId: episode.id, staffId: therapist.id, role: 'PRIMARY_THERAPIST' as const, fromDate: start },
      { episodeId: episode.id, staffId: facilitator.id, role: 'GROUP_FACILITATOR' as const, fromDate: start },
      { episodeId: episode.id, staffId: prescriber.id, role: 'PRESCRIBER' as const, fromDate: start },
    ]),
  });
  const plans = [];
  for (const episode of episodes)
    plans.push(
      await prisma.treatmentPlan.create({
        data: {
          episodeId: episode.id,
          status: 'ACTIVE',
          levelOfCare: 'IOP',
          reviewCadenceDays: 30,
          nextReviewDate: new Date(Date.now() + 20 * 86_400_000),
          createdById: therapist.id,
          safetyPlan: { create: { warningSigns: ['a'], copingStrategies: ['b'], peopleAndPlaces: ['c'], crisisLines: [{ name: '988', number: '988' }], updatedById: therapist.id } },
        },
      }),
    );
  // One group a minute over the last two weeks: each attendance write records a group not recorded yet.
  const groups = Array.from({ length: GROUPS }, (_, i) => ({
    id: randomUUID(),
    programId: program.id,
    type: 'SKILLS' as const,
    facilitatorId: facilitator.id,
    startsAt: new Date(Date.now() - (i + 120) * 60_000),
    endsAt: new Date(Date.now() - (i + 60) * 60_000),
    modality: 'IN_PERSON' as const,
    topic: 'Skills',
    createdById: facilitator.id,
  }));
  for (let offset = 0; offset < GROUPS; offset += 5000) await prisma.groupSession.createMany({ data: groups.slice(offset, offset + 5000) });
  return {
    plans: plans.map((plan, i) => ({ planId: plan.id, patientId: patients[i].id })),
    therapist: therapist.id,
    facilitator: facilitator.id,
    prescriber: prescriber.id,
    groups: groups.map((group) => group.id),
  };
}

type Seeded = Awaited<ReturnType<typeof seed>>;

/** Each write: who makes it, its mutation, and a body per request (a new group, a new medication). */
function writes(seeded: Seeded) {
  let group = 0;
  let medication = 0;
  let turn = 0;
  const next = () => seeded.plans[turn++ % PATIENTS];
  const mutation = (name: string, type: string, selection: string) => `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} } }`;
  return [
    {
      name: 'note',
      staff: seeded.therapist,
      query: mutation('addClinicalNote', 'AddClinicalNoteInput', 'note { id }'),
      input: () => ({ planId: next().planId, kind: 'PROGRESS', text: 'Attended group, used grounding twice, cravings lower.', noteDate: new Date().toISOString().slice(0, 10) }),
      floor: () => ({ planId: next().planId, staffId: seeded.therapist, text: 'Attended group, used grounding twice, cravings lower.' }),
    },
    {
      name: 'measure',
      staff: seeded.therapist,
      query: mutation('recordOutcomeMeasure', 'RecordOutcomeMeasureInput', 'outcomeMeasure { id }'),
      input: () => ({ planId: next().planId, type: 'GAD7', score: 8, administeredAt: new Date().toISOString() }),
      floor: () => ({ planId: next().planId, staffId: seeded.therapist, score: 8 }),
    },
    {
      name: 'attendance',
      staff: seeded.facilitator,
      query: mutation('recordGroupAttendance', 'RecordGroupAttendanceInput', 'attendance { id }'),
      input: () => ({ groupSessionId: seeded.groups[group++ % GROUPS], entries: [{ patientId: next().patientId, status: 'PRESENT' }] }),
      floor: () => ({ ...next(), staffId: seeded.facilitator, groupSessionId: seeded.groups[group++ % GROUPS] }),
    },
    {
      name: 'medication',
      staff: seeded.prescriber,
      query: mutation('recordMedicationChange', 'RecordMedicationChangeInput', 'medicationChange { id }'),
      input: () => ({
        planId: next().planId,
        medicationName: `Medication ${medication++}`,
        dose: '10 mg',
        route: 'oral',
        frequency: 'daily',
        changeType: 'START',
        reason: 'Sleep',
        effectiveAt: new Date().toISOString(),
      }),
      floor: () => ({ planId: next().planId, staffId: seeded.prescriber, medicationName: `Medication ${medication++}` }),
    },
  ];
}

async function run(options: autocannon.Options, label: string) {
  const result = await autocannon(options);
  if (result.errors || result.non2xx) throw new Error(`${label}: ${result.errors} errors, ${result.non2xx} non-2xx responses`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function main() {
  const databaseUrl = await freshDatabase('oneplan_write_bench');
  const JWT_SECRET = randomBytes(32).toString('hex');
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET });
  const prisma = new PrismaService(config);
  const seeded = await seed(prisma);
  await prisma.close();
  const tokens = new BearerTokens(config);
  const rate = { RATE_LIMIT_PER_STAFF: '1000000000', RATE_LIMIT_PER_ADDRESS: '1000000000', RATE_LIMIT_KEY_PREFIX: `oneplan:write:${process.pid}` };
  const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production', JWT_SECRET, QUEUE_PREFIX: `oneplan-write-${process.pid}`, ...rate };
  await start('dist/apps/api/src/main.js', { ...env, PORT: '3980' }, '3980', runtimeOf('api'));
  await start('dist/bench/write-floor.js', { ...env, PORT: '3981' }, '3981');
  const lines: string[] = [];
  let pass = true;
  try {
    for (const write of writes(seeded)) {
      const token = await tokens.issue(write.staff);
      const api = (extra: Partial<autocannon.Options>): autocannon.Options => ({
        url: 'http://127.0.0.1:3980/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify({ query: write.query, variables: { input: write.input() } }) }) }],
        ...extra,
      });
      const floor = (extra: Partial<autocannon.Options>): autocannon.Options => ({
        url: `http://127.0.0.1:3981/${write.name}`,
        method: 'POST',
        requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(write.floor()) }) }],
        ...extra,
      });
      const sides = { api, floor };
      await run(api({ connections: 5, duration: 2 }), `${write.name} warm-up`);
      const rounds: Array<Record<string, { rps: number; p50: number; p99: number }>> = [];
      for (let round = 0; round < ROUNDS; round++) {
        const order = (round % 2 ? ['floor', 'api'] : ['api', 'floor']) as Array<keyof typeof sides>;
        const results: Record<string, { rps: number; p50: number; p99: number }> = {};
        for (const side of order) results[`${side}.throughput`] = await run(sides[side]({ connections: 20, duration: SECONDS }), `${write.name} ${side}`);
        for (const side of order) results[`${side}.latency`] = await run(sides[side]({ connections: 10, overallRate: RATE, duration: SECONDS }), `${write.name} ${side}`);
        rounds.push(results);
      }
      const ratio = (metric: 'rps' | 'p99', kind: string) => median(rounds.map((r) => r[`api.${kind}`][metric] / r[`floor.${kind}`][metric]));
      const pick = (side: string, kind: string, metric: 'rps' | 'p50' | 'p99') => median(rounds.map((r) => r[`${side}.${kind}`][metric]));
      const [throughput, p99] = [ratio('rps', 'throughput'), ratio('p99', 'latency')];
      pass &&= throughput >= 0.2 && p99 <= 5;
      lines.push(
        `${write.name}: req/s at 20 connections floor ${pick('floor', 'throughput', 'rps').toFixed(0)}, api ${pick('api', 'throughput', 'rps').toFixed(0)}, ratio ${throughput.toFixed(3)} (target >= 0.20); ` +
          `p50/p99 ms at ${RATE} req/s floor ${pick('floor', 'latency', 'p50')}/${pick('floor', 'latency', 'p99')}, api ${pick('api', 'latency', 'p50')}/${pick('api', 'latency', 'p99')}, p99 ratio ${p99.toFixed(2)} (target <= 5)`,
      );
      console.log(lines.at(-1));
    }
    console.log(`\nbench:write (${ROUNDS} rounds of ${SECONDS} s per side and mode, sides alternating)`);
    for (const line of lines) console.log(`  ${line}`);
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
