import type { ConnectionOptions } from 'bullmq';
import type { RedisOptions } from 'ioredis';
import { type AppConfig, createRedisClient, redisOptions } from '@oneplan/config';

/**
 * What a BullMQ queue or worker connects with: options (one server, Sentinel's primary), from which
 * BullMQ makes and closes its own clients, or, on a Cluster, a Cluster client (BullMQ takes no Cluster
 * options), which `close` ends after the queue or worker has closed.
 */
export function bullConnection(config: AppConfig, extra: RedisOptions): { options: ConnectionOptions; close: () => Promise<void> } {
  if (!config.REDIS_CLUSTER_NODES) return { options: redisOptions(config, extra) as ConnectionOptions, close: async () => undefined };
  const cluster = createRedisClient(config, extra);
  cluster.on('error', () => undefined);
  return {
    options: cluster as ConnectionOptions,
    close: () =>
      cluster.quit().then(
        () => undefined,
        () => cluster.disconnect(),
      ),
  };
}
