import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { HealthController, WORK_HEALTH, type WorkHealth } from './health.controller.js';
import { HealthRepository } from './health.repository.js';

@Module({ controllers: [HealthController], providers: [HealthRepository] })
export class HealthModule {
  /** The worker's health: readiness also reports its work, from `provider` (exported by `module`). */
  static forWorker(module: Type, provider: Type<WorkHealth>): DynamicModule {
    return { module: HealthModule, imports: [module], providers: [{ provide: WORK_HEALTH, useExisting: provider }] };
  }
}
