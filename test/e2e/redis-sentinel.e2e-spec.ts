import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildClinic, type Clinic, startMedication } from '../support/clinic.js';
import { freePort, run, type Started, waitFor } from '../support/processes.js';
import { redisCli } from '../support/redis-cli.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { eventually } from '../support/worker.js';

const CHANGES = 60;
const MASTER = 'oneplan';
const QUEUE_PREFIX = `oneplan-sentinel-${randomBytes(4).toString('hex')}`;
const MEDICATION = { kind: 'MEDICATION_CHANGED' as const };

const primaryPort = (sentinel: number) => Number(redisCli(sentinel, 'SENTINEL', 'get-master-addr-by-name', MASTER).split('\n')[1]);

/**
 * A primary, its replica and three sentinels on private ports; the API (in this process) and a worker
 * process reach Redis only through the sentinels. A failover in the middle of a run of medication
 * changes loses no reminder and doubles none.
 */
describe('Redis behind Sentinel, with a failover (e2e)', () => {
  const processes: ChildProcess[] = [];
  const directory = mkdtempSync(path.join(tmpdir(), 'oneplan-sentinel-'));
  let primary: number;
  let replica: number;
  const sentinels: number[] = [];
  let api: TestApi;
  let clinic: Clinic;
  let worker: Started;

  const server = (...args: string[]) => {
    const child = spawn('redis-server', [...args, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    processes.push(child);
  };

  beforeAll(async () => {
    [primary, replica] = [await freePort(), await freePort()];
    server('--port', String(primary));
    server('--port', String(replica), '--replicaof', '127.0.0.1', String(primary));
    for (let index = 0; index < 3; index++) {
      const port = await freePort();
      const file = path.join(directory, `sentinel-${port}.conf`);
      writeFileSync(
        file,
        [`port ${port}`, 'bind 127.0.0.1', `sentinel monitor ${MASTER} 127.0.0.1 ${primary} 2`, `sentinel down-after-milliseconds ${MASTER} 1000`, `sentinel failover-timeout ${MASTER} 5000`].join(
          '\n',
        ),
      );
      processes.push(spawn('redis-server', [file, '--sentinel'], { stdio: 'ignore' }));
      sentinels.push(port);
    }
    // The sentinels know the replica once they have read the primary's INFO.
    expect(await eventually(async () => redisCli(sentinels[0], 'SENTINEL', 'replicas', MASTER).includes(String(replica)), 20_000)).toBe(true);
    const env = { REDIS_URL: 'redis://127.0.0.1:1', REDIS_SENTINELS: sentinels.map((port) => `127.0.0.1:${port}`).join(','), REDIS_SENTINEL_NAME: MASTER, QUEUE_PREFIX };
    api = await startTestApi(env);
    clinic = await buildClinic(api);
    const port = String(await freePort());
    worker = run('worker', { DATABASE_URL: process.env.DATABASE_URL!, WORKER_PORT: port, REMINDER_SWEEP_SECONDS: '0', ...env });
    await waitFor(`http://127.0.0.1:${port}/health/live`);
  }, 60_000);

  afterAll(async () => {
    for (const name of ['REDIS_SENTINELS', 'REDIS_SENTINEL_NAME', 'QUEUE_PREFIX', 'REDIS_URL']) delete process.env[name];
    worker?.child.kill('SIGKILL');
    await api?.close();
    for (const child of processes) child.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  });

  it(`should deliver every reminder of ${CHANGES} medication changes once, through a failover in the middle`, async () => {
    const first = await startMedication(api, clinic, 'Before 0');
    expect(first.errors).toBeUndefined();
    expect(await eventually(async () => (await api.prisma.notification.count({ where: MEDICATION })) > 0, 20_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const toldPerChange = await api.prisma.notification.count({ where: MEDICATION });
    for (let index = 1; index < CHANGES / 2; index++) expect((await startMedication(api, clinic, `Before ${index}`)).errors).toBeUndefined();

    const began = Date.now();
    redisCli(sentinels[0], 'SENTINEL', 'FAILOVER', MASTER);
    for (let index = 0; index < CHANGES / 2; index++) expect((await startMedication(api, clinic, `After ${index}`)).errors).toBeUndefined();
    expect(await eventually(async () => primaryPort(sentinels[1]) === replica, 20_000)).toBe(true);
    const failoverMs = Date.now() - began;

    const expected = CHANGES * toldPerChange;
    expect(await eventually(async () => (await api.prisma.notification.count({ where: MEDICATION })) >= expected, 60_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const stored = await api.prisma.notification.count({ where: MEDICATION });
    const distinct = (await api.prisma.notification.groupBy({ by: ['dedupeKey'], where: MEDICATION })).length;
    process.stdout.write(`Sentinel failover: ${CHANGES} changes, ${expected} reminders expected, ${stored} stored, ${stored - distinct} doubled; new primary named in ${failoverMs} ms\n`);
    expect(stored).toBe(expected);
    expect(distinct).toBe(stored);
  }, 120_000);
});
