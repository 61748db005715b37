import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { README_FILE, withAccessTables } from './access-docs.js';
import { createApi } from './bootstrap.js';
import { SCHEMA_FILE, schemaSdl } from './schema-sdl.js';

/** npm run schema:emit: writes the GraphQL schema the code defines to apps/api/schema.gql, and the README's permission tables. */
process.env.LOG_LEVEL = 'silent';
const { app } = await createApi();
await app.init();
await writeFile(SCHEMA_FILE, schemaSdl(app));
await app.close();
await writeFile(README_FILE, withAccessTables(await readFile(README_FILE, 'utf8')));
process.stdout.write(`Wrote ${SCHEMA_FILE} and the permission tables in ${README_FILE}\n`);
