import type { BullMQOtel } from 'bullmq-otel';
import type { AppConfig } from '@oneplan/config';
import type { Tracer } from './tracing-sdk.js';

export type TracedProcess = 'api' | 'worker';

let tracer: Tracer | undefined;

/**
 * Starts OpenTelemetry tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set, and does nothing otherwise (see
 * tracing-sdk.ts). The SDK is loaded only then: it is about a quarter of the modules a process would
 * load, which every start (and every test suite) would pay for. It must run before the app's modules
 * load: the HTTP and GraphQL instrumentations patch those modules as they are first required.
 */
export async function startTracing(config: AppConfig, process: TracedProcess): Promise<boolean> {
  if (!config.OTEL_EXPORTER_OTLP_ENDPOINT || tracer) return Boolean(tracer);
  const { registerTracer } = await import('./tracing-sdk.js');
  tracer = registerTracer(config.OTEL_EXPORTER_OTLP_ENDPOINT, config.OTEL_SERVICE_NAME || `oneplan-${process}`);
  return true;
}

/** BullMQ's telemetry for queues and workers while tracing is on; none otherwise. */
export function jobTelemetry(): BullMQOtel | undefined {
  return tracer?.jobTelemetry();
}

/** Sends the spans still buffered; called as the process shuts down. */
export async function stopTracing(): Promise<void> {
  await tracer?.shutdown();
  tracer = undefined;
}
