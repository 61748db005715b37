import { Controller, Get, Header } from '@nestjs/common';
import { MetricsRegistry } from './metrics.registry.js';

/** GET /metrics: the process's metrics in Prometheus' text format. */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsRegistry) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  read(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
