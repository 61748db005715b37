import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { APP_CONFIG, type AppConfig, createRedisClient, keyPrefix, type RedisClient } from '@oneplan/config';

/** What GraphQL subscriptions push; payloads carry ids only (they pass through Redis). */
export enum LiveTopic {
  NotificationAdded = 'notificationAdded',
  PlanChanged = 'planChanged',
}

export interface LivePayloads {
  [LiveTopic.NotificationAdded]: { notificationId: string; recipientId: string };
  [LiveTopic.PlanChanged]: { planId: string; revisionIds: string[] };
}

/**
 * Redis pub/sub between processes: any API instance or the worker publishes, and every API instance
 * pushes to the clients subscribed to it.
 */
@Injectable()
export class LiveUpdates implements OnApplicationShutdown {
  private readonly pubSub: RedisPubSub;
  private readonly prefix: string;
  private readonly clients: RedisClient[] = [];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // The publisher fails at once while Redis is away (no offline queue): a write never waits on it.
    const connection = (enableOfflineQueue: boolean) => {
      // Pub/sub moves with a Sentinel failover as soon as the sentinels announce it (a PUBLISH to the
      // demoted primary would not fail, and would reach only that server's subscribers).
      const redis = createRedisClient(config, { maxRetriesPerRequest: null, enableOfflineQueue, ...(config.REDIS_SENTINELS ? { failoverDetector: true } : {}) });
      this.clients.push(redis);
      redis.on('error', () => undefined);
      return redis;
    };
    this.pubSub = new RedisPubSub({ publisher: connection(false), subscriber: connection(true) });
    this.prefix = `${keyPrefix(config)}:live:`;
  }

  /**
   * Publishes without making the caller wait: a lost publication only delays a screen refresh (the data
   * is in PostgreSQL), so failures are not retried.
   */
  async publish<T extends LiveTopic>(topic: T, payload: LivePayloads[T]): Promise<void> {
    void this.pubSub.publish(this.prefix + topic, payload).catch(() => undefined);
  }

  iterator<T extends LiveTopic>(topic: T): AsyncIterableIterator<LivePayloads[T]> {
    return this.pubSub.asyncIterableIterator<LivePayloads[T]>(this.prefix + topic);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pubSub.close().catch(() => undefined);
    // Also ends the sentinels' failover subscriptions, which quitting leaves open.
    for (const client of this.clients) client.disconnect();
  }
}
