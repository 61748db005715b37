import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { databaseUrl, dropDatabase } from '../support/databases.js';

const root = path.resolve(import.meta.dirname, '../..');
const exec = promisify(execFile);
const script = (name: string, args: string[], env: Record<string, string> = {}) =>
  exec(process.execPath, ['--experimental-wasm-modules', '--no-warnings', path.join(root, 'scripts/db', name), ...args], { cwd: root, env: { ...process.env, ...env } });

describe('Migrations with the Wasm schema engine', () => {
  const name = `oneplan_test_migrate_${process.pid}`;
  afterAll(() => dropDatabase(name));

  it('should create the database, apply every migration once with the Prisma CLI bookkeeping, and apply nothing the second time', async () => {
    await dropDatabase(name);
    const first = await script('migrate.mjs', [], { DATABASE_URL: databaseUrl(name) });
    const folders = (await readdir(path.join(root, 'prisma/migrations'), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(first.stdout).toContain(folders.join(', '));
    const second = await script('migrate.mjs', [], { DATABASE_URL: databaseUrl(name) });
    expect(second.stdout).toContain('none pending');
    const client = new pg.Client({ connectionString: databaseUrl(name) });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name');
      const expected = await Promise.all(
        folders.map(async (folder) => ({
          migration_name: folder,
          checksum: createHash('sha256')
            .update(await readFile(path.join(root, 'prisma/migrations', folder, 'migration.sql')))
            .digest('hex'),
        })),
      );
      expect(rows.map(({ migration_name, checksum }) => ({ migration_name, checksum }))).toEqual(expected);
      for (const row of rows) expect(row).toMatchObject({ finished_at: expect.any(Date), rolled_back_at: null, applied_steps_count: 1 });
    } finally {
      await client.end();
    }
  });

  it('should have a migration for every change of prisma/schema.prisma', async () => {
    const { stdout } = await script('new-migration.mjs', ['--check']).catch((error: { stdout: string }) => error);
    expect(stdout).toContain('has not changed');
  });
});
