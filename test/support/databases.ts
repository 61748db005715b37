import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server tests create their databases on; never the demo database. */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
/** Migrated once per run by test/global-setup.mjs. */
export const TEMPLATE_DATABASE = 'oneplan_test_template';

export function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** A database of this suite's own, cloned from the migrated template. */
export async function createSuiteDatabase(): Promise<{ name: string; url: string }> {
  const name = `oneplan_test_${randomBytes(6).toString('hex')}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await onServer(async (client) => {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
        // A suite's database is thrown away after it: its commits need not wait for the disk. (Suites
        // that stop or crash PostgreSQL run private servers, whose durability is what they test.)
        await client.query(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
      });
      return { name, url: databaseUrl(name) };
    } catch (error) {
      // Two suites cloning the template at the same instant: PostgreSQL refuses one; try again.
      if (attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
