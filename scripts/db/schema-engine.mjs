// Runs Prisma's official Wasm schema engine over the pg driver adapter, so migrations work on
// machines that cannot download Prisma's native engines. Load with --experimental-wasm-modules.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPg } from '@prisma/adapter-pg';
import { SchemaEngine } from '@prisma/schema-engine-wasm';

export const root = path.resolve(import.meta.dirname, '../..');
export const schemaPath = path.join(root, 'prisma/schema.prisma');
export const migrationsDir = path.join(root, 'prisma/migrations');
export const noFilter = { externalTables: [], externalEnums: [] };

// The pg adapter splits a script on every ';', which breaks function bodies in migrations. PostgreSQL
// runs a multi-statement simple query as one implicit transaction, so a migration applies whole or not at all.
class WholeScriptPg extends PrismaPg {
  connections = [];

  async connect() {
    const adapter = await super.connect();
    this.connections.push(adapter);
    adapter.executeScript = async (script) => {
      await adapter.client.query(script).catch((error) => adapter.onError(error));
    };
    return adapter;
  }
}

/** Opens the engine; `close()` frees it and ends its connection pools so the script can exit. */
export async function openEngine(connectionString, datamodels) {
  const factory = new WholeScriptPg({ connectionString });
  const log = (line) => process.env.DEBUG_SCHEMA_ENGINE && process.stderr.write(`${line}\n`);
  const engine = await SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(factory));
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(factory.connections.map((connection) => connection.dispose()));
    },
  };
}

/** The migrations folder in the shape the engine expects (what the Prisma CLI reads from disk). */
export async function listMigrations() {
  const entries = (await readdir(migrationsDir, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: await readFile(lockPath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      entries.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8').then(
            (value) => ({ tag: 'ok', value }),
            (error) => ({ tag: 'error', value: String(error) }),
          ),
        },
      })),
    ),
  };
}
