import { type DynamicModule, Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller.js';
import { METRICS_PROCESS, MetricsRegistry } from './metrics.registry.js';

/** The process's metrics registry (for every area to register on) and its /metrics endpoint. */
@Global()
@Module({})
export class MetricsModule {
  static forProcess(process: 'api' | 'worker'): DynamicModule {
    return { module: MetricsModule, controllers: [MetricsController], providers: [{ provide: METRICS_PROCESS, useValue: process }, MetricsRegistry], exports: [MetricsRegistry] };
  }
}
