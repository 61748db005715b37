import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { AppConfig } from './config.js';

/**
 * How every Redis client of a process connects (BullMQ's, the live updates', the rate limits' and the
 * health check's): to the server REDIS_URL names, or, with REDIS_SENTINELS, to the primary the
 * sentinels name REDIS_SENTINEL_NAME, found again after a failover. Credentials and database come from
 * REDIS_URL either way. (A Cluster takes a client of its own: see createRedisClient.)
 */
export function redisOptions(config: AppConfig, extra: RedisOptions = {}): RedisOptions {
  const url = new URL(config.REDIS_URL);
  const auth = {
    username: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    db: Number(url.pathname.slice(1) || 0),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
  };
  if (!config.REDIS_SENTINELS) return { host: url.hostname, port: Number(url.port || 6379), ...auth, ...extra };
  // A write the demoted primary refuses (READONLY) moves the client to the new primary.
  return {
    sentinels: hostPorts(config.REDIS_SENTINELS),
    name: config.REDIS_SENTINEL_NAME,
    reconnectOnError: (error) => error.message.startsWith('READONLY'),
    ...auth,
    ...extra,
  };
}

/** A Redis client: one server (or Sentinel's primary), or, with REDIS_CLUSTER_NODES, a Redis Cluster. */
export type RedisClient = Redis | Cluster;

/**
 * A client as redisOptions describes, or a Cluster client seeded with REDIS_CLUSTER_NODES (credentials
 * from REDIS_URL; a Cluster has one database). `extra` applies to each node's connection, and its
 * offline-queue, lazy-connect and retry settings to the Cluster client itself.
 */
export function createRedisClient(config: AppConfig, extra: RedisOptions = {}): RedisClient {
  if (!config.REDIS_CLUSTER_NODES) return new Redis(redisOptions(config, extra));
  const { username, password, tls } = redisOptions(config);
  const { enableOfflineQueue, lazyConnect, retryStrategy, ...node } = extra;
  return new Cluster(hostPorts(config.REDIS_CLUSTER_NODES), {
    redisOptions: { username, password, tls, ...node },
    ...(enableOfflineQueue === undefined ? {} : { enableOfflineQueue }),
    ...(lazyConnect === undefined ? {} : { lazyConnect }),
    ...(retryStrategy ? { clusterRetryStrategy: retryStrategy } : {}),
  });
}

/** The queues' and live updates' key prefix: hash-tagged on a Cluster, so that each queue's keys share a slot. */
export function keyPrefix(config: AppConfig): string {
  return config.REDIS_CLUSTER_NODES && !/\{[^}]+\}/.test(config.QUEUE_PREFIX) ? `{${config.QUEUE_PREFIX}}` : config.QUEUE_PREFIX;
}

function hostPorts(list: string): Array<{ host: string; port: number }> {
  return list.split(',').map((entry) => {
    const [host, port] = entry.trim().split(':');
    return { host, port: Number(port) };
  });
}
