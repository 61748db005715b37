import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, createRedisClient, type RedisClient } from '@oneplan/config';
import { LiveUpdates } from './live-updates.js';
import { ReminderQueue } from './reminder-queue.js';

/** The process's shared Redis client (rate limits, health, scheduler checks): one server, Sentinel's primary or a Cluster. */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client: RedisClient;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = createRedisClient(config, { maxRetriesPerRequest: null });
    this.client.on('error', () => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}

/**
 * BullMQ needs Redis to keep every key: under any eviction policy a full Redis silently drops jobs. The
 * worker checks at start and warns loudly unless maxmemory-policy is noeviction.
 */
export async function checkEvictionPolicy(redis: RedisClient, logger: { warn(message: object, text: string): void }): Promise<string | undefined> {
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
