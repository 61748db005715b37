import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/** Shared by the benchmarks: a freshly migrated database of their own, and the built apps as processes. */
export const root = path.resolve(import.meta.dirname, '../..');
const server = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export const benchDatabaseUrl = (name: string) => Object.assign(new URL(server), { pathname: `/${name}` }).toString();

export async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = benchDatabaseUrl(name);
  const migrated = spawnSync(process.execPath, ['--experimental-wasm-modules', '--no-warnings', path.join(root, 'scripts/db/migrate.mjs')], { env: { ...process.env, DATABASE_URL: url } });
  if (migrated.status !== 0) throw new Error(migrated.stderr.toString());
  return url;
}

/**
 * Gathers the planner's statistics on a seeded database, as autovacuum would after so many inserts (it is
 * off on some installations, these machines' included): without them PostgreSQL plans by default guesses.
 */
export async function analyze(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('ANALYZE');
  await client.end();
}

/** The Node flags and environment an app runs with in production (apps/<app>/runtime.json). */
export interface Runtime {
  nodeFlags: string[];
  env: Record<string, string>;
}

export const runtimeOf = (app: 'api' | 'worker'): Runtime => JSON.parse(readFileSync(path.join(root, `apps/${app}/runtime.json`), 'utf8'));

/** A process's peak resident memory so far, in MB. */
export const peakRssMb = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

export const children: ChildProcess[] = [];

/** Starts a built app and waits until it answers /health/live on `port`. */
export async function start(script: string, env: Record<string, string>, port: string, runtime: Runtime = { nodeFlags: [], env: {} }): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...runtime.nodeFlags, '--no-warnings', path.join(root, script)], { env: { ...process.env, ...runtime.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    if (
      await fetch(`http://127.0.0.1:${port}/health/live`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return child;
  }
  throw new Error(`${script} did not start within 30 s`);
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The value below which `share` of the values fall (nearest rank). */
export const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
};
