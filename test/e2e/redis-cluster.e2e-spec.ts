import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildClinic, type Clinic } from '../support/clinic.js';
import { freePorts } from '../support/processes.js';
import { redisCli } from '../support/redis-cli.js';
import { medicationReminders, ScaleOut } from '../support/scale-out.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { eventually } from '../support/worker.js';

const CHANGES = 500;
const PREFIX = `oneplan-cluster-${randomBytes(4).toString('hex')}`;

/**
 * A three-node Redis Cluster on private ports; three API processes and two worker processes (and the
 * suite's own API, which builds the clinic) reach Redis only through it. Changes spread over the API
 * instances give every reminder once, the queue's keys share one hash slot (a hash-tagged prefix), and a
 * subscriber on one instance hears of a change written through another.
 */
describe('Redis Cluster (e2e)', () => {
  const servers: ChildProcess[] = [];
  const directory = mkdtempSync(path.join(tmpdir(), 'oneplan-cluster-'));
  const nodes: number[] = [];
  let api: TestApi;
  let clinic: Clinic;
  let instances: ScaleOut;

  beforeAll(async () => {
    const ports = await freePorts(6);
    nodes.push(...ports.slice(0, 3));
    nodes.forEach((port, index) => {
      // The cluster bus on a free port of its own (port + 10000, the default, may be taken or out of range).
      const config = ['--cluster-enabled', 'yes', '--cluster-port', String(ports[3 + index]), '--cluster-config-file', path.join(directory, `nodes-${port}.conf`)];
      servers.push(spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', ...config, '--save', '', '--appendonly', 'no', '--dir', directory], { stdio: 'ignore' }));
    });
    expect(await eventually(async () => nodes.every((port) => redisCli(port, 'PING') === 'PONG'), 10_000)).toBe(true);
    execFileSync('redis-cli', ['--cluster', 'create', ...nodes.map((port) => `127.0.0.1:${port}`), '--cluster-replicas', '0', '--cluster-yes'], { stdio: 'ignore' });
    expect(await eventually(async () => nodes.every((port) => redisCli(port, 'CLUSTER', 'INFO').includes('cluster_state:ok')), 20_000)).toBe(true);
    const env = { REDIS_URL: 'redis://127.0.0.1:1', REDIS_CLUSTER_NODES: `127.0.0.1:${nodes[0]}`, QUEUE_PREFIX: PREFIX };
    api = await startTestApi(env);
    clinic = await buildClinic(api);
    instances = new ScaleOut(api, clinic);
    await instances.start(env, 3, 2);
  }, 180_000);

  afterAll(async () => {
    for (const name of ['REDIS_CLUSTER_NODES', 'QUEUE_PREFIX', 'REDIS_URL']) delete process.env[name];
    await instances?.stop();
    await api?.close();
    for (const server of servers) server.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  });

  it(`should store every reminder of ${CHANGES} medication changes spread over 3 instances once, the queue's keys in one slot`, async () => {
    expect((await instances.startMedication(0, 'Cluster 0')).errors).toBeUndefined();
    expect(await eventually(async () => (await medicationReminders(api)).stored > 0, 20_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const expected = CHANGES * (await medicationReminders(api)).stored;
    await instances.startMany(1, CHANGES, 'Cluster');
    expect(await eventually(async () => (await medicationReminders(api)).stored >= expected, 90_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { stored, doubled } = await medicationReminders(api);
    const slot = Number(redisCli(nodes[0], 'CLUSTER', 'KEYSLOT', `{${PREFIX}}`));
    const queueKeys = nodes.map((port) => Number(redisCli(port, 'CLUSTER', 'COUNTKEYSINSLOT', String(slot)))).reduce((sum, count) => sum + count, 0);
    process.stdout.write(
      `Redis Cluster: ${CHANGES} changes through 3 API instances, 2 workers; ${expected} reminders expected, ${stored} stored, ${doubled} doubled; ${queueKeys} queue keys in slot ${slot}\n`,
    );
    expect({ stored, doubled }).toEqual({ stored: expected, doubled: 0 });
    expect(queueKeys).toBeGreaterThan(0);
  }, 180_000);

  it('should push a change written through one instance to a subscriber of another', async () => {
    const events = await instances.subscribe(0);
    expect((await instances.startMedication(1, 'Heard elsewhere')).errors).toBeUndefined();
    expect(await eventually(async () => events.length > 0, 10_000)).toBe(true);
    expect(events[0]).toEqual({ planChanged: { revisions: [{ entityType: 'MEDICATION_CHANGE' }] } });
  });
});
