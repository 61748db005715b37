import { randomBytes } from 'node:crypto';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { useClinic } from '../support/clinic.js';
import { freePort, run, type Started, waitFor } from '../support/processes.js';
import { eventually } from '../support/worker.js';

const QUEUE_PREFIX = `oneplan-test-${randomBytes(4).toString('hex')}`;
const PLAN_CHANGED = `subscription($planId: ID!) { planChanged(planId: $planId) { revisions { entityType action authorId } records { __typename ... on Problem { title } } plan { problems { title } } } }`;

/** Two API processes and a worker on one database and Redis: what is written through one reaches subscribers of the other. */
describe('Live updates across API instances (e2e)', () => {
  const { api, clinic } = useClinic({ QUEUE_PREFIX });
  const processes: Started[] = [];
  const clients: Client[] = [];
  let ports: number[];

  beforeAll(async () => {
    ports = [await freePort(), await freePort()];
    const env = { DATABASE_URL: process.env.DATABASE_URL!, QUEUE_PREFIX, REMINDER_SWEEP_SECONDS: '0' };
    for (const port of ports) processes.push(run('api', { ...env, PORT: String(port) }));
    const workerPort = await freePort();
    processes.push(run('worker', { ...env, WORKER_PORT: String(workerPort) }));
    for (const port of [...ports, workerPort]) await waitFor(`http://127.0.0.1:${port}/health/live`);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    processes.forEach((started) => started.child.kill('SIGKILL'));
  });

  const subscribe = async (port: number, staffId: string, query: string, variables: Record<string, unknown> = {}) => {
    const client = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${await api.tokenFor(staffId)}` }, retryAttempts: 0 });
    clients.push(client);
    const events: any[] = [];
    const errors: any[] = [];
    const failed = (error: unknown) => errors.push(...(Array.isArray(error) ? error : [error]));
    client.subscribe({ query, variables }, { next: (event) => (event.errors ? failed(event.errors) : events.push(event.data)), error: failed, complete: () => undefined });
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { events, errors };
  };
  const write = async (port: number, staffId: string, query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await api.tokenFor(staffId)}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    expect(body.errors).toBeUndefined();
  };
  const addProblem = (port: number, title: string) =>
    write(port, clinic.staff.therapist, `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }`, {
      input: { planId: clinic.planId, title, description: 'x', category: 'TRAUMA' },
    });

  it("should push a plan's changes written through one instance to a colleague watching through the other, and check access at every change", async () => {
    const colleague = await subscribe(ports[0], clinic.staff.cotherapist, PLAN_CHANGED, { planId: clinic.planId });
    const author = await subscribe(ports[0], clinic.staff.therapist, PLAN_CHANGED, { planId: clinic.planId });
    await addProblem(ports[1], 'Sleep');
    expect(await eventually(async () => colleague.events.length === 1)).toBe(true);
    expect(colleague.events[0]).toEqual({
      planChanged: {
        revisions: [{ entityType: 'PROBLEM', action: 'CREATED', authorId: clinic.staff.therapist }],
        records: [{ __typename: 'Problem', title: 'Sleep' }],
        plan: { problems: [{ title: 'Sleep' }] },
      },
    });

    await api.prisma.careTeamMember.updateMany({ where: { episodeId: clinic.episodeId, staffId: clinic.staff.cotherapist }, data: { removedAt: new Date() } });
    await addProblem(ports[1], 'Appetite');
    expect(await eventually(async () => author.events.length === 2)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(colleague.events).toHaveLength(1);
  });

  it('should refuse to subscribe to the plan of a patient the staff member may not see', async () => {
    const outsider = await subscribe(ports[0], clinic.staff.outsider, PLAN_CHANGED, { planId: clinic.planId });
    expect(await eventually(async () => outsider.errors.length > 0)).toBe(true);
    expect(outsider.errors[0]).toEqual({
      message: 'TreatmentPlan not found',
      locations: [expect.any(Object)],
      path: ['planChanged'],
      extensions: { code: 'NOT_FOUND', entity: 'TreatmentPlan', field: 'planId' },
    });
    expect(await api.prisma.auditEvent.findFirst({ where: { staffId: clinic.staff.outsider, operation: 'planChanged' } })).toMatchObject({ outcome: 'REFUSED', patientId: clinic.patientId });
  });

  it('should push a new notification to its recipient on another instance than the write', async () => {
    const therapist = await subscribe(ports[0], clinic.staff.therapist, `subscription { notificationAdded { kind message subject { __typename ... on MedicationChange { medicationName } } } }`);
    const prescriber = await subscribe(ports[0], clinic.staff.prescriber, `subscription { notificationAdded { kind } }`);
    await write(ports[1], clinic.staff.prescriber, `mutation($input: RecordMedicationChangeInput!) { recordMedicationChange(input: $input) { medicationChange { id } } }`, {
      input: { planId: clinic.planId, medicationName: 'Sertraline', dose: '25 mg', route: 'oral', frequency: 'daily', changeType: 'START', reason: 'Mood', effectiveAt: new Date().toISOString() },
    });
    expect(await eventually(async () => therapist.events.length === 1, 15_000)).toBe(true);
    expect(therapist.events[0].notificationAdded).toMatchObject({
      kind: 'MEDICATION_CHANGED',
      message: expect.stringContaining('recorded a medication change'),
      subject: { __typename: 'MedicationChange', medicationName: 'Sertraline' },
    });
    expect(prescriber.events).toEqual([]);
  });
});
