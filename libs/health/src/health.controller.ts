import { Controller, Get, HttpCode, HttpStatus, Inject, Optional, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type QueueStats, RedisConnection } from '@oneplan/queue';
import { HealthRepository } from './health.repository.js';

const CHECK_TIMEOUT_MS = 2000;

/** Provided by the worker: readiness then also reports the reminders queue (depth, failed, oldest wait). */
export const QUEUE_HEALTH = Symbol('QUEUE_HEALTH');

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
    @Optional() @Inject(QUEUE_HEALTH) private readonly queue?: { stats(): Promise<QueueStats> },
  ) {}

  @Get('live')
  @HttpCode(HttpStatus.OK)
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis] = await Promise.all([check(() => this.database.ping()), check(() => this.redis.ping())]);
    const ready = postgres === 'up' && redis === 'up';
    res.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    const queue = ready && this.queue ? await this.queue.stats().catch(() => undefined) : undefined;
    return { status: ready ? 'ok' : 'unavailable', checks: { postgres, redis }, ...(queue ? { queue } : {}) };
  }
}
