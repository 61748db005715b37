import { Redis } from 'ioredis';
import pg from 'pg';
import type { AppConfig } from './config.js';

const TIMEOUT_MS = 3000;

function redact(connectionUrl: string): string {
  const parsed = new URL(connectionUrl);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

async function reachPostgres(config: AppConfig): Promise<void> {
  const client = new pg.Client({ connectionString: config.DATABASE_URL, connectionTimeoutMillis: TIMEOUT_MS });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function reachRedis(config: AppConfig): Promise<void> {
  const redis = new Redis(config.REDIS_URL, { lazyConnect: true, connectTimeout: TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } finally {
    redis.disconnect();
  }
}

/**
 * Checks PostgreSQL and Redis before the app starts. On failure prints one paragraph naming the URL
 * it tried and how to start the service, then exits non-zero (no stack trace).
 */
export async function requireDependencies(config: AppConfig, processName: string): Promise<void> {
  const checks = [
    { name: 'PostgreSQL', url: config.DATABASE_URL, variable: 'DATABASE_URL', reach: reachPostgres, start: 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start' },
    { name: 'Redis', url: config.REDIS_URL, variable: 'REDIS_URL', reach: reachRedis, start: 'redis-server --daemonize yes --bind 127.0.0.1 --port 6379' },
  ];
  for (const check of checks) {
    try {
      await check.reach(config);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(
        `OnePlan ${processName} cannot start: ${check.name} is not reachable at ${redact(check.url)} (${reason}). ` +
          `Start ${check.name} (for a local install: ${check.start}) or point ${check.variable} at a running server, then try again.\n`,
      );
      process.exit(1);
    }
  }
}
