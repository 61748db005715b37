import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { PrismaInstrumentation } from '@prisma/instrumentation';
import { BullMQOtel } from 'bullmq-otel';
import type { AppConfig } from '@oneplan/config';

export type TracedProcess = 'api' | 'worker';

/** Requests that are not work: probes and scrapes would drown the traces that matter. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|$)/;

let provider: NodeTracerProvider | undefined;
/** The traced process's service name, which its queue and worker spans carry too. */
let service = '';

/**
 * Starts OpenTelemetry tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set (and does nothing otherwise):
 * spans for incoming HTTP requests, GraphQL parse, validate and execute (documents with their literal
 * values masked, no variables), Prisma's queries (statements, never parameters) and BullMQ jobs from
 * producer to worker, exported over OTLP/HTTP. It must run before the app's modules load: the HTTP and
 * GraphQL instrumentations patch those modules as they are first required.
 */
export function startTracing(config: AppConfig, process: TracedProcess): boolean {
  if (!config.OTEL_EXPORTER_OTLP_ENDPOINT || provider) return Boolean(provider);
  service = config.OTEL_SERVICE_NAME || `oneplan-${process}`;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces` }))],
  });
  // The W3C trace-context propagator and an AsyncLocalStorage context manager.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // A query string can name a consent's recipient (FHIR's $everything) or carry a GET operation's variables: never in a span.
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? ''),
        ignoreOutgoingRequestHook: () => false,
        startIncomingSpanHook: (request) => (request.url?.includes('?') ? { 'url.query': 'REDACTED' } : {}),
      }),
      // One span per parse, validate and execute; a span per resolver would cost more than the resolver.
      new GraphQLInstrumentation({ ignoreResolveSpans: true, allowValues: false, mergeItems: true }),
      new PrismaInstrumentation(),
    ],
  });
  return true;
}

/** BullMQ's telemetry for queues and workers while tracing is on; none otherwise. */
export function jobTelemetry(): BullMQOtel | undefined {
  return provider ? new BullMQOtel({ tracerName: service }) : undefined;
}

/** Sends the spans still buffered; called as the process shuts down. */
export async function stopTracing(): Promise<void> {
  await provider?.shutdown();
  provider = undefined;
}
