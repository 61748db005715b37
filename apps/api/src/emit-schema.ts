import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { createApi } from './bootstrap.js';
import { SCHEMA_FILE, schemaSdl } from './schema-sdl.js';

/** npm run schema:emit: writes the GraphQL schema the code defines to apps/api/schema.gql. */
process.env.LOG_LEVEL = 'silent';
const { app } = await createApi();
await app.init();
await writeFile(SCHEMA_FILE, schemaSdl(app));
await app.close();
process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
