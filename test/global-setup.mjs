// Jest global setup (plain ESM: Jest loads it outside its module mapper). Migrates a fresh template
// database once per run with the project's own migrate script; each suite clones it (support/databases.ts).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

const server = process.env.TEST_DATABASE_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const template = 'oneplan_test_template';

export default async function globalSetup() {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  const url = new URL(server);
  url.pathname = `/${template}`;
  execFileSync(process.execPath, ['--experimental-wasm-modules', '--no-warnings', path.resolve(import.meta.dirname, '../scripts/db/migrate.mjs')], {
    env: { ...process.env, DATABASE_URL: url.toString() },
    stdio: 'pipe',
  });
}
