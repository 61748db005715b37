import { parseConfig } from '@oneplan/config';
import { jobTelemetry, startTracing } from './tracing.js';

describe('tracing', () => {
  it('should stay off, with no job telemetry, unless an OTLP endpoint is configured', async () => {
    const { config } = parseConfig({});
    expect(await startTracing(config!, 'api')).toBe(false);
    expect(jobTelemetry()).toBeUndefined();
  });

  it('should refuse an endpoint that is not an http(s) URL', () => {
    expect(parseConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }).problems).toEqual(['OTEL_EXPORTER_OTLP_ENDPOINT: must be an http(s) URL']);
  });
});
