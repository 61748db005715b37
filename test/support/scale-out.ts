import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Clinic } from './clinic.js';
import { freePort, run, type Started, waitFor } from './processes.js';
import type { TestApi } from './test-api.js';

const START = `mutation($input: RecordMedicationChangeInput!) { recordMedicationChange(input: $input) { medicationChange { id } } }`;
const PLAN_CHANGED = `subscription($planId: ID!) { planChanged(planId: $planId) { revisions { entityType } } }`;

/**
 * API and worker processes on one Redis setup (a Cluster, Sentinel), beside the suite's own API: changes
 * spread over the API instances, and a subscriber on one of them.
 */
export class ScaleOut {
  readonly apiPorts: number[] = [];
  private readonly started: Started[] = [];
  private readonly clients: Client[] = [];

  constructor(
    private readonly api: TestApi,
    private readonly clinic: Clinic,
  ) {}

  async start(env: Record<string, string>, apis: number, workers: number): Promise<void> {
    const processEnv = { DATABASE_URL: process.env.DATABASE_URL!, REMINDER_SWEEP_SECONDS: '0', ...env };
    // Started side by side: one after another, five processes took over a minute on a loaded two-core machine.
    const live: Array<Promise<Response>> = [];
    for (let index = 0; index < apis + workers; index++) {
      const port = await freePort();
      const isApi = index < apis;
      this.started.push(run(isApi ? 'api' : 'worker', { ...processEnv, ...(isApi ? { PORT: String(port) } : { WORKER_PORT: String(port) }) }));
      if (isApi) this.apiPorts.push(port);
      live.push(waitFor(`http://127.0.0.1:${port}/health/live`, 90_000));
    }
    await Promise.all(live);
  }

  async stop(): Promise<void> {
    await Promise.all(this.clients.map((client) => client.dispose()));
    for (const started of this.started) started.child.kill('SIGKILL');
  }

  /** The prescriber starts a medication through one API instance (the write that tells the whole team). */
  async startMedication(instance: number, name: string): Promise<{ errors?: unknown[] }> {
    const response = await fetch(`http://127.0.0.1:${this.apiPorts[instance % this.apiPorts.length]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.api.tokenFor(this.clinic.staff.prescriber)}` },
      body: JSON.stringify({
        query: START,
        variables: {
          input: { planId: this.clinic.planId, medicationName: name, dose: '1 mg', route: 'oral', frequency: 'daily', changeType: 'START', reason: 'x', effectiveAt: new Date().toISOString() },
        },
      }),
    });
    return (await response.json()) as { errors?: unknown[] };
  }

  /** Changes `from` to `to` - 1, five at a time, each through the next instance; every one must succeed. */
  async startMany(from: number, to: number, name: string): Promise<void> {
    for (let index = from; index < to; index += 5) {
      const batch = [0, 1, 2, 3, 4].filter((offset) => index + offset < to);
      for (const answer of await Promise.all(batch.map((offset) => this.startMedication(index + offset, `${name} ${index + offset}`))))
        if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    }
  }

  /** The therapist's planChanged events heard through one instance. */
  async subscribe(instance: number): Promise<unknown[]> {
    const client = createClient({
      url: `ws://127.0.0.1:${this.apiPorts[instance]}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await this.api.tokenFor(this.clinic.staff.therapist)}` },
      retryAttempts: 0,
    });
    this.clients.push(client);
    const events: unknown[] = [];
    client.subscribe({ query: PLAN_CHANGED, variables: { planId: this.clinic.planId } }, { next: (event) => void events.push(event.data), error: () => undefined, complete: () => undefined });
    await new Promise((resolve) => setTimeout(resolve, 500));
    return events;
  }
}

/** How many medication reminders are stored, and how many of them are doubles. */
export async function medicationReminders(api: TestApi): Promise<{ stored: number; doubled: number }> {
  const where = { kind: 'MEDICATION_CHANGED' as const };
  const stored = await api.prisma.notification.count({ where });
  return { stored, doubled: stored - (await api.prisma.notification.groupBy({ by: ['dedupeKey'], where })).length };
}
