export { TelemetryModule } from './telemetry.module.js';
export { jobTelemetry, startTracing, stopTracing, type TracedProcess } from './tracing.js';
