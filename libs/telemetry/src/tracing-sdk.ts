import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { PrismaInstrumentation } from '@prisma/instrumentation';
import { BullMQOtel } from 'bullmq-otel';

/** Requests that are not work: probes and scrapes would drown the traces that matter. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|$)/;

/** A running tracer: what the process's queues and workers report through, and how it stops. */
export interface Tracer {
  jobTelemetry: () => BullMQOtel;
  shutdown: () => Promise<void>;
}

/**
 * OpenTelemetry's SDK, registered for `service`: spans for incoming HTTP requests, GraphQL parse,
 * validate and execute (documents with their literal values masked, no variables), Prisma's queries
 * (statements, never parameters) and BullMQ jobs, exported over OTLP/HTTP to `endpoint`.
 */
export function registerTracer(endpoint: string, service: string): Tracer {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` }))],
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
  return { jobTelemetry: () => new BullMQOtel({ tracerName: service }), shutdown: () => provider.shutdown() };
}
