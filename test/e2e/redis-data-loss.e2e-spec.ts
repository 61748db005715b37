import { type ChildProcess, spawn } from 'node:child_process';
import { Queue } from 'bullmq';
import { DateTime } from 'luxon';
import { PERIODIC_JOBS, QueueName, SweepKind, sweepScheduler } from '@oneplan/queue';
import { startMedication, useClinic } from '../support/clinic.js';
import { freePort, run, type Started, waitFor } from '../support/processes.js';
import { ok } from '../support/test-api.js';
import { eventually } from '../support/worker.js';

const CHANGES = 30;
const TEAM_TO_TELL = 4;
const redisPort = await freePort();
const REDIS_URL = `redis://127.0.0.1:${redisPort}`;
/** A Redis of this suite's own, without persistence: a restart comes back empty. */
const startRedis = async () => {
  const redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  return redis;
};
const stopRedis = async (redis: ChildProcess) => {
  const exited = new Promise((resolve) => redis.once('exit', resolve));
  redis.kill('SIGKILL');
  await exited;
};

interface Readiness {
  status: string;
  sweepsOverdue?: string[];
  eventsUnhandled?: number;
}

describe('Redis restarted without its data (e2e)', () => {
  const { api, clinic } = useClinic({ REDIS_URL });
  let redis: ChildProcess;
  let worker: Started;
  let workerPort: string;
  const readiness = async (): Promise<Readiness & { code: number }> => {
    const response = await fetch(`http://127.0.0.1:${workerPort}/health/ready`);
    return { code: response.status, ...((await response.json()) as Readiness) };
  };
  const queue = () => new Queue(QueueName.Reminders, { connection: { url: REDIS_URL }, prefix: process.env.QUEUE_PREFIX });

  beforeAll(async () => {
    redis = await startRedis();
    workerPort = String(await freePort());
    worker = run('worker', {
      DATABASE_URL: process.env.DATABASE_URL!,
      REDIS_URL,
      WORKER_PORT: workerPort,
      REMINDER_SWEEP_SECONDS: '2',
      SCHEDULER_CHECK_SECONDS: '1',
      OUTBOX_HANDLE_TIMEOUT_SECONDS: '3',
    });
    await waitFor(`http://127.0.0.1:${workerPort}/health/live`);
  });
  afterAll(async () => {
    worker?.child.kill('SIGKILL');
    redis?.kill('SIGKILL');
  });

  it('should deliver every reminder exactly once when Redis loses events already handed over (queue paused), reporting the gap while it lasts', async () => {
    const paused = queue();
    await paused.pause();
    await paused.close();
    for (let index = 0; index < CHANGES; index++) {
      ok(await startMedication(api, clinic, `Medication ${index}`));
    }
    const events = { kind: 'MEDICATION_CHANGED' };
    expect(await eventually(async () => (await api.prisma.outboxEvent.count({ where: { ...events, relayedAt: { not: null } } })) === CHANGES, 10_000)).toBe(true);
    expect(await api.prisma.notification.count({ where: { kind: 'MEDICATION_CHANGED' } })).toBe(0);

    await stopRedis(redis);
    expect((await readiness()).code).toBe(503);
    redis = await startRedis();
    // Redis is back but the events it held are gone: readiness says so until they are handled.
    const gap = await eventually(async () => {
      const ready = await readiness();
      return ready.code === 503 && (ready.eventsUnhandled ?? 0) > 0;
    }, 15_000);
    expect(gap).toBe(true);

    const expected = CHANGES * TEAM_TO_TELL;
    expect(await eventually(async () => (await api.prisma.notification.count({ where: { kind: 'MEDICATION_CHANGED' } })) >= expected, 30_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const perChange = await api.prisma.notification.groupBy({ by: ['subjectId', 'recipientId'], where: { kind: 'MEDICATION_CHANGED' }, _count: true });
    expect(perChange).toHaveLength(expected);
    expect(perChange.every((group) => group._count === 1)).toBe(true);
    expect(await api.prisma.outboxEvent.count({ where: { ...events, handledAt: null } })).toBe(0);
    expect(await eventually(async () => (await readiness()).code === 200, 15_000)).toBe(true);
  }, 120_000);

  it('should bring the sweep schedulers back by themselves after an idle Redis restarts empty, so a session booked meanwhile is reminded once', async () => {
    const schedulerKeys = async () => {
      const client = queue();
      try {
        return (await client.getJobSchedulers(0, -1)).map((scheduler) => scheduler.key).sort();
      } finally {
        await client.close();
      }
    };
    const all = [...Object.values(SweepKind).map(sweepScheduler), ...PERIODIC_JOBS].sort();
    expect(await eventually(async () => JSON.stringify(await schedulerKeys()) === JSON.stringify(all), 10_000)).toBe(true);

    await stopRedis(redis);
    expect(await readiness()).toMatchObject({ code: 503, status: 'unavailable' });
    const tomorrow = DateTime.now().setZone('America/New_York').plus({ days: 1 }).set({ hour: 15, minute: 0, second: 0, millisecond: 0 });
    const session = ok(
      await api.gql(clinic.staff.therapist, `mutation($input: ScheduleIndividualSessionInput!) { scheduleIndividualSession(input: $input) { individualSession { id } } }`, {
        input: { planId: clinic.planId, therapistId: clinic.staff.therapist, type: 'THERAPY', scheduledStart: tomorrow.toUTC().toISO(), scheduledEnd: tomorrow.plus({ hours: 1 }).toUTC().toISO() },
      }),
    ).scheduleIndividualSession.individualSession;
    redis = await startRedis();
    expect(await eventually(async () => JSON.stringify(await schedulerKeys().catch(() => [])) === JSON.stringify(all), 15_000)).toBe(true);
    const reminded = { kind: 'SESSION_TOMORROW' as const, subjectId: session.id };
    expect(await eventually(async () => (await api.prisma.notification.count({ where: reminded })) === 1, 20_000)).toBe(true);
    // Later sweeps find it stored already.
    await new Promise((resolve) => setTimeout(resolve, 4500));
    expect(await api.prisma.notification.count({ where: reminded })).toBe(1);
    expect(await api.prisma.sweepRun.count({ where: { completedAt: { not: null } } })).toBe(Object.values(SweepKind).length);
    // Each sweep's interval and last duration, in the worker's readiness and its metrics.
    const { sweeps } = (await readiness()) as unknown as { sweeps: Array<{ sweep: string; lastDurationSeconds: number }> };
    expect(sweeps.map((run) => run.sweep).sort()).toEqual(Object.values(SweepKind).sort());
    const metrics = await (await fetch(`http://127.0.0.1:${workerPort}/metrics`)).text();
    expect(metrics).toMatch(/^oneplan_sweep_interval_seconds \d+$/m);
    for (const sweep of Object.values(SweepKind)) expect(metrics).toMatch(new RegExp(`^oneplan_sweep_last_duration_seconds\\{sweep="${sweep}"\\} [\\d.]+$`, 'm'));
    expect(metrics).toMatch(/^oneplan_reminders_created_total\{kind="SESSION_TOMORROW"\} 1$/m);
    expect(metrics).toMatch(/^oneplan_queue_oldest_waiting_seconds \d+$/m);
  }, 120_000);
});
