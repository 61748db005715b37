// npm run db:migrate: creates the database if it is missing, then applies pending migrations with
// the same _prisma_migrations bookkeeping as `prisma migrate deploy`.
import { existsSync } from 'node:fs';
import pg from 'pg';
import { listMigrations, noFilter, openEngine } from './schema-engine.mjs';

// As the API reads its configuration: the environment over the file ENV_FILE names (default .env).
if (existsSync(process.env.ENV_FILE ?? '.env')) process.loadEnvFile(process.env.ENV_FILE ?? '.env');
const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/oneplan';

async function ensureDatabase(connectionString) {
  const target = new URL(connectionString);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(connectionString);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

try {
  await ensureDatabase(url);
  const { engine, close } = await openEngine(url, undefined);
  const { appliedMigrationNames } = await engine.applyMigrations({
    migrationsList: await listMigrations(),
    filters: noFilter,
  });
  await close();
  const applied = appliedMigrationNames.length ? appliedMigrationNames.join(', ') : 'none pending';
  console.log(`Migrations applied to ${new URL(url).pathname.slice(1)}: ${applied}`);
  // The engine keeps an internal timer alive for a few seconds after it is freed; nothing is left to do.
  process.exit(0);
} catch (error) {
  console.error(`Could not migrate the database at ${url.replace(/\/\/[^@]*@/, '//***@')}: ${error.message}`);
  process.exit(1);
}
