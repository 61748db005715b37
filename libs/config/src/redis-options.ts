import type { RedisOptions } from 'ioredis';
import type { AppConfig } from './config.js';

/**
 * How every Redis client of a process connects (BullMQ's, the live updates', the rate limits' and the
 * health check's): to the server REDIS_URL names, or, with REDIS_SENTINELS, to the primary the
 * sentinels name REDIS_SENTINEL_NAME, found again after a failover. Credentials and database come from
 * REDIS_URL either way.
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
  const sentinels = config.REDIS_SENTINELS.split(',').map((entry) => {
    const [host, port] = entry.trim().split(':');
    return { host, port: Number(port) };
  });
  return { sentinels, name: config.REDIS_SENTINEL_NAME, ...auth, ...extra };
}
