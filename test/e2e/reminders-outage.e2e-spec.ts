import { type ChildProcess, spawn } from 'node:child_process';
import type { INestApplicationContext } from '@nestjs/common';
import { startMedication, useClinic } from '../support/clinic.js';
import { freePort } from '../support/processes.js';
import { eventually, startTestWorker } from '../support/worker.js';

const WRITES = 200;
const TEAM_TO_TELL = 4;

/** A Redis of this suite's own, which the test stops and starts. */
const redisPort = await freePort();
const startRedis = () => spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });

describe('Reminders while Redis is unreachable (e2e)', () => {
  const { api, clinic } = useClinic({ REDIS_URL: `redis://127.0.0.1:${redisPort}` });
  let worker: INestApplicationContext;
  let redis: ChildProcess | undefined;

  beforeAll(async () => {
    worker = await startTestWorker();
  });
  afterAll(async () => {
    await worker.close();
    redis?.kill('SIGKILL');
  });

  it(`should accept ${WRITES} writes while Redis is down and deliver every reminder once when it is back`, async () => {
    const writes = [];
    for (let index = 0; index < WRITES; index++) {
      writes.push(await startMedication(api, clinic, `Medication ${index}`));
    }
    expect(writes.filter((response) => response.errors)).toEqual([]);
    expect(await api.prisma.outboxEvent.count({ where: { relayedAt: null } })).toBe(WRITES);
    expect(await api.prisma.notification.count()).toBe(0);

    redis = startRedis();
    const expected = WRITES * TEAM_TO_TELL;
    expect(await eventually(async () => (await api.prisma.notification.count()) >= expected, 30_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await api.prisma.notification.count()).toBe(expected);
    const perChange = await api.prisma.notification.groupBy({ by: ['subjectId', 'recipientId'], _count: true });
    expect(perChange.every((group) => group._count === 1)).toBe(true);
    expect(await api.prisma.outboxEvent.count({ where: { relayedAt: null } })).toBe(0);
  });
});
