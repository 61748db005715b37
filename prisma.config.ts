import { defineConfig } from 'prisma/config';

// The CLI is only used for `prisma generate`; migrations run through scripts/db (Wasm schema engine).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DIRECT_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/oneplan',
  },
});
