import { Global, Inject, Injectable, Module, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig, redisOptions } from '@oneplan/config';
import { LiveUpdates } from './live-updates.js';
import { ReminderQueue } from './reminder-queue.js';

/** The process's Redis connection (BullMQ requires maxRetriesPerRequest: null on it). */
@Injectable()
export class RedisConnection extends Redis implements OnModuleDestroy {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(redisOptions(config, { maxRetriesPerRequest: null, lazyConnect: false }));
    this.on('error', () => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.quit().catch(() => this.disconnect());
  }
}

/**
 * BullMQ needs Redis to keep every key: under any eviction policy a full Redis silently drops jobs. The
 * worker checks at start and warns loudly unless maxmemory-policy is noeviction.
 */
export async function checkEvictionPolicy(redis: Redis, logger: { warn(message: object, text: string): void }): Promise<string | undefined> {
  try {
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as [string, string];
    if (policy !== 'noeviction') logger.warn({ maxmemoryPolicy: policy }, `Redis maxmemory-policy is ${policy}, not noeviction: queued reminders can be evicted and lost`);
    return policy;
  } catch {
    logger.warn({}, 'Could not read Redis maxmemory-policy (CONFIG GET refused); make sure it is noeviction');
    return undefined;
  }
}

@Global()
@Module({ providers: [LiveUpdates, RedisConnection, ReminderQueue], exports: [LiveUpdates, RedisConnection, ReminderQueue] })
export class RedisModule {}
