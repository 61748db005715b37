import pg from 'pg';
import type { AppConfig } from './config.js';
import { createRedisClient } from './redis-options.js';

const TIMEOUT_MS = 3000;
/** PostgreSQL's code for "database does not exist". */
const MISSING_DATABASE = '3D000';

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
  const redis = createRedisClient(config, { lazyConnect: true, connectTimeout: TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } finally {
    redis.disconnect();
  }
}

/**
 * Checks PostgreSQL and Redis (or those named) before a process starts. On failure prints one paragraph naming the URL
 * it tried and how to start the service, then exits non-zero (no stack trace).
 */
export async function requireDependencies(config: AppConfig, processName: string, needs: Array<'PostgreSQL' | 'Redis'> = ['PostgreSQL', 'Redis']): Promise<void> {
  const all = [
    { name: 'PostgreSQL', url: config.DATABASE_URL, variable: 'DATABASE_URL', reach: reachPostgres, start: 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start' },
    { name: 'Redis', url: config.REDIS_URL, variable: 'REDIS_URL', reach: reachRedis, start: 'redis-server --daemonize yes --bind 127.0.0.1 --port 6379' },
  ];
  const checks = all.filter((check) => needs.includes(check.name as 'PostgreSQL' | 'Redis'));
  for (const check of checks) {
    try {
      await check.reach(config);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // The server answered, but the database in the URL is not there: starting anything would not help.
      if ((error as { code?: string }).code === MISSING_DATABASE) {
        const name = decodeURIComponent(new URL(check.url).pathname.slice(1));
        process.stderr.write(
          `OnePlan ${processName} cannot start: PostgreSQL at ${redact(check.url)} is running but has no database "${name}". ` +
            `Create it with npm run db:migrate (it creates the database and applies the migrations; npm run db:seed adds the demo clinic), or point DATABASE_URL at an existing database.\n`,
        );
        process.exit(1);
      }
      process.stderr.write(
        `OnePlan ${processName} cannot start: ${check.name} is not reachable at ${redact(check.url)} (${reason}). ` +
          `Start ${check.name} (for a local install: ${check.start}) or point ${check.variable} at a running server, then try again.\n`,
      );
      process.exit(1);
    }
  }
}
