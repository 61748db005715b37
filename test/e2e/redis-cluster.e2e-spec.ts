import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildClinic, type Clinic, startMedication } from '../support/clinic.js';
import { freePort, run, type Started, waitFor } from '../support/processes.js';
import { redisCli } from '../support/redis-cli.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { eventually } from '../support/worker.js';

const CHANGES = 100;
const PREFIX = `oneplan-cluster-${randomBytes(4).toString('hex')}`;
const MEDICATION = { kind: 'MEDICATION_CHANGED' as const };

/**
 * A three-node Redis Cluster on private ports; the API (in this process) and two worker processes reach
 * Redis only through it. The queue's keys share one hash slot (a hash-tagged prefix), the workers share
 * the jobs, and every reminder is stored once.
 */
describe('Redis Cluster (e2e)', () => {
  const processes: ChildProcess[] = [];
  const directory = mkdtempSync(path.join(tmpdir(), 'oneplan-cluster-'));
  const nodes: number[] = [];
  const workers: Started[] = [];
  let api: TestApi;
  let clinic: Clinic;

  beforeAll(async () => {
    for (let index = 0; index < 3; index++) {
      const port = await freePort();
      nodes.push(port);
      processes.push(
        spawn(
          'redis-server',
          ['--port', String(port), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-config-file', path.join(directory, `nodes-${port}.conf`), '--save', '', '--appendonly', 'no'],
          {
            stdio: 'ignore',
          },
        ),
      );
    }
    expect(await eventually(async () => nodes.every((port) => redisCli(port, 'PING') === 'PONG'), 10_000)).toBe(true);
    execFileSync('redis-cli', ['--cluster', 'create', ...nodes.map((port) => `127.0.0.1:${port}`), '--cluster-replicas', '0', '--cluster-yes'], { stdio: 'ignore' });
    expect(await eventually(async () => nodes.every((port) => redisCli(port, 'CLUSTER', 'INFO').includes('cluster_state:ok')), 20_000)).toBe(true);
    const env = { REDIS_URL: 'redis://127.0.0.1:1', REDIS_CLUSTER_NODES: `127.0.0.1:${nodes[0]}`, QUEUE_PREFIX: PREFIX };
    api = await startTestApi(env);
    clinic = await buildClinic(api);
    for (let index = 0; index < 2; index++) {
      const port = String(await freePort());
      workers.push(run('worker', { DATABASE_URL: process.env.DATABASE_URL!, WORKER_PORT: port, REMINDER_SWEEP_SECONDS: '0', ...env }));
      await waitFor(`http://127.0.0.1:${port}/health/live`);
    }
  }, 60_000);

  afterAll(async () => {
    for (const name of ['REDIS_CLUSTER_NODES', 'QUEUE_PREFIX', 'REDIS_URL']) delete process.env[name];
    for (const worker of workers) worker.child.kill('SIGKILL');
    await api?.close();
    for (const child of processes) child.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  });

  it(`should store every reminder of ${CHANGES} medication changes once, the queue's keys in one slot`, async () => {
    expect((await startMedication(api, clinic, 'Cluster 0')).errors).toBeUndefined();
    expect(await eventually(async () => (await api.prisma.notification.count({ where: MEDICATION })) > 0, 20_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const toldPerChange = await api.prisma.notification.count({ where: MEDICATION });
    for (let index = 1; index < CHANGES; index++) expect((await startMedication(api, clinic, `Cluster ${index}`)).errors).toBeUndefined();
    const expected = CHANGES * toldPerChange;
    expect(await eventually(async () => (await api.prisma.notification.count({ where: MEDICATION })) >= expected, 60_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const stored = await api.prisma.notification.count({ where: MEDICATION });
    const distinct = (await api.prisma.notification.groupBy({ by: ['dedupeKey'], where: MEDICATION })).length;
    const slot = Number(redisCli(nodes[0], 'CLUSTER', 'KEYSLOT', `{${PREFIX}}`));
    const queueKeys = nodes.map((port) => Number(redisCli(port, 'CLUSTER', 'COUNTKEYSINSLOT', String(slot)))).reduce((sum, count) => sum + count, 0);
    process.stdout.write(`Redis Cluster: ${CHANGES} changes, ${expected} reminders expected, ${stored} stored, ${stored - distinct} doubled; ${queueKeys} queue keys in slot ${slot}\n`);
    expect(stored).toBe(expected);
    expect(distinct).toBe(stored);
    expect(queueKeys).toBeGreaterThan(0);
  }, 120_000);
});
