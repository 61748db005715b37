import { Inject, Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

export const METRICS_PROCESS = Symbol('METRICS_PROCESS');

/**
 * The process's Prometheus registry: its own metrics (memory, CPU, event-loop lag, as
 * oneplan_<process>_*) and those the areas register. Label values are bounded by code or schema (root
 * fields, error codes, sweep kinds), never taken from what a client sends, and never clinical data.
 */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();

  constructor(@Inject(METRICS_PROCESS) process: string) {
    collectDefaultMetrics({ register: this.registry, prefix: `oneplan_${process}_` });
  }
}
