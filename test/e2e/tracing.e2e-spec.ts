import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { useClinic } from '../support/clinic.js';
import { freePort } from '../support/processes.js';
import { ScaleOut } from '../support/scale-out.js';

/** A span as OTLP/HTTP's JSON encoding sends it, with the service that sent it. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

const SERVER = 2;
const PRODUCER = 4;
const CONSUMER = 5;

type OtlpAttributes = Array<{ key: string; value: Record<string, unknown> }>;
const attributesOf = (list: OtlpAttributes = []) => Object.fromEntries(list.map(({ key, value }) => [key, Object.values(value)[0]]));

/** An OpenTelemetry collector's OTLP/HTTP traces endpoint, keeping what it receives. */
async function startCollector(): Promise<{ server: Server; port: number; spans: ReceivedSpan[]; bodies: string[] }> {
  const spans: ReceivedSpan[] = [];
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        bodies.push(body);
        for (const resourceSpans of JSON.parse(body).resourceSpans ?? []) {
          const service = String(attributesOf(resourceSpans.resource?.attributes)['service.name']);
          for (const scope of resourceSpans.scopeSpans ?? []) for (const span of scope.spans ?? []) spans.push({ service, ...span, attributes: attributesOf(span.attributes) });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, port, spans, bodies };
}

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('Timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * OpenTelemetry traces from an API and a worker process sent to a collector: one medication change is one
 * trace from the HTTP request through GraphQL and Prisma to the worker's job, and no span carries clinical
 * content.
 */
describe('Traces over OTLP (e2e)', () => {
  // A queue of the suite's own: no other suite's worker takes (and so traces) this suite's jobs.
  const { api, clinic } = useClinic({ QUEUE_PREFIX: `oneplan-trace-${randomBytes(4).toString('hex')}` });
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let processes: ScaleOut;

  beforeAll(async () => {
    collector = await startCollector();
    processes = new ScaleOut(api, clinic);
    await processes.start({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collector.port}`, OTEL_BSP_SCHEDULE_DELAY: '200' }, 1, 1);
  });
  afterAll(async () => {
    await processes.stop();
    collector.server.close();
  });

  it("should trace a change from the request through GraphQL and Prisma to the worker's job, with nothing of the patient's in any span", async () => {
    const medication = `Tracezepam ${randomBytes(4).toString('hex')}`;
    expect((await processes.startMedication(0, medication)).errors).toBeUndefined();

    const request = await until(() =>
      collector.spans.find((span) => span.kind === SERVER && span.service === 'oneplan-api' && String(span.attributes['http.target'] ?? span.attributes['url.path']).startsWith('/graphql')),
    );
    const inTrace = () => collector.spans.filter((span) => span.traceId === request.traceId);
    const job = await until(() => inTrace().find((span) => span.kind === CONSUMER && span.service === 'oneplan-worker'));
    await until(() => api.prisma.notification.count({ where: { planId: clinic.planId, kind: 'MEDICATION_CHANGED' } }).then((count) => (count > 0 ? count : undefined)));

    const trace = inTrace();
    const names = trace.map((span) => span.name);
    expect(names).toEqual(expect.arrayContaining(['graphql.parse', 'graphql.validate']));
    expect(trace.some((span) => span.attributes['graphql.operation.type'] === 'mutation')).toBe(true);
    expect(trace.some((span) => span.service === 'oneplan-api' && span.name.startsWith('prisma:'))).toBe(true);
    // The worker's job span hangs under the request's trace, and the worker's own queries under the job.
    expect(job.name).toContain('reminders');
    expect(trace.some((span) => span.service === 'oneplan-worker' && span.name.startsWith('prisma:') && span.parentSpanId)).toBe(true);
    // The relay that handed the event to the queue traced its own producer span.
    expect(collector.spans.some((span) => span.kind === PRODUCER && span.service === 'oneplan-worker')).toBe(true);
    // Statements without parameters, documents without values: no medication, no patient, no note.
    // A query string (a FHIR export's recipient here) never reaches a span: the server span's query is redacted.
    const recipient = `Tracehaven Clinic ${randomBytes(4).toString('hex')}`;
    const everything = await fetch(
      `http://127.0.0.1:${processes.apiPorts[0]}/fhir/Patient/${clinic.patientId}/$everything?recipientType=ORGANIZATION&recipient=${encodeURIComponent(recipient)}&category=MEDICATIONS`,
      {
        headers: { authorization: `Bearer ${await api.tokenFor(clinic.staff.therapist)}` },
      },
    );
    expect(everything.status).toBe(403);
    await until(() => collector.spans.find((span) => span.kind === SERVER && String(span.attributes['url.path'] ?? '').startsWith('/fhir/')));
    const sent = collector.bodies.join('\n');
    expect(sent).not.toContain(recipient.split(' ')[0]);
    expect(sent).not.toContain(medication);
    expect(sent).not.toContain((await api.prisma.patient.findUniqueOrThrow({ where: { id: clinic.patientId } })).lastName);
    expect(collector.spans.some((span) => /\/health/.test(String(span.attributes['http.target'] ?? span.attributes['url.path'] ?? '')))).toBe(false);
  });
});
