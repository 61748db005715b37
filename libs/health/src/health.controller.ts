import { Controller, Get, HttpCode, HttpStatus, Inject, Optional, Res } from '@nestjs/common';
import type { Response } from 'express';
import { RedisConnection } from '@oneplan/queue';
import { HealthRepository } from './health.repository.js';

const CHECK_TIMEOUT_MS = 2000;

/** Provided by the worker: readiness then also reports its work (queue, sweeps, events), which may make it not ready. */
export const WORK_HEALTH = Symbol('WORK_HEALTH');

export interface WorkHealth {
  report(): Promise<{ ok: boolean; details: Record<string, unknown> }>;
}

async function check(probe: () => Promise<unknown>): Promise<'up' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

/** Liveness (the process answers) and readiness (PostgreSQL and Redis answer), for API and worker alike. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: HealthRepository,
    private readonly redis: RedisConnection,
    @Optional() @Inject(WORK_HEALTH) private readonly work?: WorkHealth,
  ) {}

  @Get('live')
  @HttpCode(HttpStatus.OK)
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis] = await Promise.all([check(() => this.database.ping()), check(() => this.redis.client.ping())]);
    const reachable = postgres === 'up' && redis === 'up';
    const work = reachable && this.work ? await this.work.report().catch(() => undefined) : undefined;
    const ready = reachable && (!this.work || work?.ok === true);
    res.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ready ? 'ok' : reachable ? 'behind' : 'unavailable', checks: { postgres, redis }, ...(work?.details ?? {}) };
  }
}
