import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildClinic, type Clinic } from '../support/clinic.js';
import { freePorts } from '../support/processes.js';
import { redisCli } from '../support/redis-cli.js';
import { medicationReminders, ScaleOut } from '../support/scale-out.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { eventually } from '../support/worker.js';

const CHANGES = 500;
const MASTER = 'oneplan';
const QUEUE_PREFIX = `oneplan-sentinel-${randomBytes(4).toString('hex')}`;

const primaryPort = (sentinel: number) => Number(redisCli(sentinel, 'SENTINEL', 'get-master-addr-by-name', MASTER).split('\n')[1]);

/**
 * A primary, its replica and three sentinels on private ports; three API processes and two worker
 * processes (and the suite's own API) reach Redis only through the sentinels. A failover of the primary
 * in the middle of 500 medication changes spread over the instances loses no reminder and doubles none,
 * and a subscriber on one instance hears of a change written through another afterwards.
 */
describe('Redis behind Sentinel, with a failover (e2e)', () => {
  const servers: ChildProcess[] = [];
  const directory = mkdtempSync(path.join(tmpdir(), 'oneplan-sentinel-'));
  const sentinels: number[] = [];
  let primary: number;
  let replica: number;
  let api: TestApi;
  let clinic: Clinic;
  let instances: ScaleOut;

  const server = (...args: string[]) => servers.push(spawn('redis-server', [...args, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', directory], { stdio: 'ignore' }));

  beforeAll(async () => {
    const ports = await freePorts(5);
    [primary, replica] = ports;
    server('--port', String(primary));
    server('--port', String(replica), '--replicaof', '127.0.0.1', String(primary));
    for (const port of ports.slice(2)) {
      const file = path.join(directory, `sentinel-${port}.conf`);
      writeFileSync(
        file,
        [`port ${port}`, 'bind 127.0.0.1', `sentinel monitor ${MASTER} 127.0.0.1 ${primary} 2`, `sentinel down-after-milliseconds ${MASTER} 1000`, `sentinel failover-timeout ${MASTER} 5000`].join(
          '\n',
        ),
      );
      servers.push(spawn('redis-server', [file, '--sentinel', '--dir', directory], { stdio: 'ignore' }));
      sentinels.push(port);
    }
    // The sentinels know the replica once they have read the primary's INFO.
    expect(await eventually(async () => redisCli(sentinels[0], 'SENTINEL', 'replicas', MASTER).includes(String(replica)), 20_000)).toBe(true);
    // Jobs the old primary took but had not replicated are lost in the failover; the relay queues their
    // events again once they are this late, well inside the wait below (the default is 120 s).
    const env = {
      REDIS_URL: 'redis://127.0.0.1:1',
      REDIS_SENTINELS: sentinels.map((port) => `127.0.0.1:${port}`).join(','),
      REDIS_SENTINEL_NAME: MASTER,
      QUEUE_PREFIX,
      OUTBOX_HANDLE_TIMEOUT_SECONDS: '15',
    };
    api = await startTestApi(env);
    clinic = await buildClinic(api);
    instances = new ScaleOut(api, clinic);
    await instances.start(env, 3, 2);
  }, 180_000);

  afterAll(async () => {
    for (const name of ['REDIS_SENTINELS', 'REDIS_SENTINEL_NAME', 'QUEUE_PREFIX', 'REDIS_URL', 'OUTBOX_HANDLE_TIMEOUT_SECONDS']) delete process.env[name];
    await instances?.stop();
    await api?.close();
    for (const child of servers) child.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  });

  it(`should deliver every reminder of ${CHANGES} medication changes once, through a failover in the middle`, async () => {
    expect((await instances.startMedication(0, 'Before 0')).errors).toBeUndefined();
    expect(await eventually(async () => (await medicationReminders(api)).stored > 0, 20_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const expected = CHANGES * (await medicationReminders(api)).stored;
    await instances.startMany(1, CHANGES / 2, 'Before');

    const began = Date.now();
    redisCli(sentinels[0], 'SENTINEL', 'FAILOVER', MASTER);
    await instances.startMany(CHANGES / 2, CHANGES, 'After');
    expect(await eventually(async () => primaryPort(sentinels[1]) === replica, 20_000)).toBe(true);
    const failoverMs = Date.now() - began;

    expect(await eventually(async () => (await medicationReminders(api)).stored >= expected, 90_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { stored, doubled } = await medicationReminders(api);
    process.stdout.write(
      `Sentinel failover: ${CHANGES} changes through 3 API instances, 2 workers; ${expected} reminders expected, ${stored} stored, ${doubled} doubled; new primary named within ${failoverMs} ms\n`,
    );
    expect({ stored, doubled }).toEqual({ stored: expected, doubled: 0 });
  }, 180_000);

  it('should push a change written through one instance to a subscriber of another, after the failover', async () => {
    const events = await instances.subscribe(2);
    expect((await instances.startMedication(0, 'Heard elsewhere')).errors).toBeUndefined();
    expect(await eventually(async () => events.length > 0, 10_000)).toBe(true);
    expect(events[0]).toEqual({ planChanged: { revisions: [{ entityType: 'MEDICATION_CHANGE' }] } });
  });
});
