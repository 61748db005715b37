import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { Queue } from 'bullmq';
import { JobName, QueueName, SweepKind, sweepScheduler } from '@oneplan/queue';
import { useClinic } from '../support/clinic.js';
import { freePort, run, type Started, waitFor } from '../support/processes.js';
import { ok } from '../support/test-api.js';
import { eventually } from '../support/worker.js';

const BATCH = 500;
const TEAM_TO_TELL = 4;
const QUEUE_PREFIX = `oneplan-test-${randomBytes(4).toString('hex')}`;
/** The worker process also sweeps on its schedule; these tests count the medication reminders. */
const MEDICATION = { kind: 'MEDICATION_CHANGED' as const };

/** The worker as a real process, so that it can be killed. */
describe('The reminder worker process (e2e)', () => {
  const { api, clinic } = useClinic({ QUEUE_PREFIX });
  const started: Started[] = [];
  const startWorker = async (env: Record<string, string> = {}) => {
    const port = String(await freePort());
    const worker = run('worker', { DATABASE_URL: process.env.DATABASE_URL!, WORKER_PORT: port, QUEUE_PREFIX, ...env });
    started.push(worker);
    await waitFor(`http://127.0.0.1:${port}/health/live`);
    return { worker, port };
  };
  afterAll(() => started.forEach((worker) => worker.child.kill('SIGKILL')));

  it(`should deliver all of a batch of ${BATCH} once, though the worker is killed with SIGKILL in the middle of it`, async () => {
    await api.prisma.$transaction(
      async (tx) => {
        for (let index = 0; index < BATCH; index++) {
          const change = await tx.medicationChange.create({
            data: {
              planId: clinic.planId,
              prescriberId: clinic.staff.prescriber,
              medicationName: `Medication ${index}`,
              dose: '1 mg',
              route: 'oral',
              frequency: 'daily',
              changeType: 'START',
              reason: 'x',
              effectiveAt: new Date(),
            },
          });
          await tx.outboxEvent.create({ data: { kind: 'MEDICATION_CHANGED', subjectId: change.id, actorId: clinic.staff.prescriber } });
        }
        // A thousand statements: Prisma's default 5 s ran out on a loaded two-core machine.
      },
      { timeout: 30_000 },
    );
    const expected = BATCH * TEAM_TO_TELL;
    const first = await startWorker();
    expect(await eventually(async () => (await api.prisma.notification.count({ where: MEDICATION })) >= expected / 5, 30_000)).toBe(true);
    first.worker.child.kill('SIGKILL');
    await first.worker.exit;
    const atKill = await api.prisma.notification.count({ where: MEDICATION });
    expect(atKill).toBeLessThan(expected);

    // Jobs the killed worker held are taken up again once their lock lapses (JobWorker's LOCK_MS).
    const second = await startWorker();
    expect(await eventually(async () => (await api.prisma.notification.count({ where: MEDICATION })) >= expected, 60_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await api.prisma.notification.count({ where: MEDICATION })).toBe(expected);
    const perChange = await api.prisma.notification.groupBy({ by: ['subjectId', 'recipientId'], where: MEDICATION, _count: true });
    expect(perChange).toHaveLength(expected);
    expect(perChange.every((group) => group._count === 1)).toBe(true);
    const ready = await (await fetch(`http://127.0.0.1:${second.port}/health/ready`)).json();
    expect((ready as { queue: object }).queue).toMatchObject({ waiting: 0, failed: 0, oldestWaitingSeconds: 0 });
  }, 120_000);

  it('should keep a job that used up its attempts in the failed set and show it to program admins', async () => {
    const queue = new Queue(QueueName.Reminders, { connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix: QUEUE_PREFIX });
    try {
      const job = await queue.add(JobName.ReminderEvent, { eventId: 'not-an-event' }, { attempts: 2, backoff: { type: 'fixed', delay: 50 } });
      expect(await eventually(async () => (await job.getState()) === 'failed', 20_000)).toBe(true);
      const failed = ok(await api.gql(clinic.staff.admin, `{ failedReminderJobs(first: 10) { nodes { jobId name eventId attemptsMade } } }`)).failedReminderJobs.nodes;
      expect(failed).toContainEqual({ jobId: job.id, name: JobName.ReminderEvent, eventId: 'not-an-event', attemptsMade: 2 });
      expect((await api.gql(clinic.staff.therapist, `{ failedReminderJobs(first: 10) { nodes { jobId } } }`)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      const schedulers = await queue.getJobSchedulers();
      for (const sweep of Object.values(SweepKind)) expect(schedulers.map((scheduler) => [scheduler.key, scheduler.every])).toContainEqual([sweepScheduler(sweep), 300_000]);
    } finally {
      await queue.close();
    }
  });

  it('should warn loudly at start when Redis may evict keys', async () => {
    const redisPort = await freePort();
    const redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const { worker } = await startWorker({ REDIS_URL: `redis://127.0.0.1:${redisPort}` });
      expect(await eventually(async () => worker.output().includes('maxmemory-policy is allkeys-lru'), 10_000)).toBe(true);
      const warning = worker
        .output()
        .split('\n')
        .find((line) => line.includes('maxmemory-policy is allkeys-lru'))!;
      expect(JSON.parse(warning)).toMatchObject({ level: 40, maxmemoryPolicy: 'allkeys-lru' });
    } finally {
      redis.kill('SIGKILL');
    }
  });
});
