import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { BearerTokens } from '@oneplan/auth';
import { PrismaService } from '@oneplan/prisma';
import { createSuiteDatabase, dropDatabase } from './databases.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions: Record<string, any> }>;
  extensions?: Record<string, any>;
}

export interface TestApi {
  app: NestExpressApplication;
  prisma: PrismaService;
  /** Signs a token for a staff member id. */
  tokenFor(staffId: string): Promise<string>;
  /** POSTs a GraphQL operation as the given staff member. */
  gql<T = Record<string, any>>(staffId: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Counts the SQL statements the API sends while `work` runs. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/** Starts the real API (all modules, real PostgreSQL and Redis) on a database of this suite's own; `env` overrides configuration. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const database = await createSuiteDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.NODE_ENV = 'test';
  Object.assign(process.env, env);
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
  // Suites share Redis and one client address: each counts its own requests, with budgets no suite
  // reaches unless it sets its own (the rate-limit suite does).
  process.env.RATE_LIMIT_KEY_PREFIX = `oneplan:rate:${database.name}`;
  // Queues of the suite's own unless it names them: no other suite's worker takes this suite's jobs.
  process.env.QUEUE_PREFIX = env.QUEUE_PREFIX ?? `oneplan-test-${database.name}`;
  process.env.RATE_LIMIT_PER_STAFF = env.RATE_LIMIT_PER_STAFF ?? '100000';
  process.env.RATE_LIMIT_PER_ADDRESS = env.RATE_LIMIT_PER_ADDRESS ?? '100000';
  const { createApi } = await import('../../apps/api/src/bootstrap.js');
  const { app } = await createApi();
  await app.init();
  const prisma = app.get(PrismaService);
  const tokens = app.get(BearerTokens);
  const cache = new Map<string, string>();
  const tokenFor = async (staffId: string) => {
    if (!cache.has(staffId)) cache.set(staffId, await tokens.issue(staffId));
    return cache.get(staffId)!;
  };
  return {
    app,
    prisma,
    tokenFor,
    async gql(staffId, query, variables) {
      const call = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
      if (staffId) call.set('authorization', `Bearer ${await tokenFor(staffId)}`);
      const response = await call.send({ query, variables });
      return response.body;
    },
    async countStatements(work) {
      let count = 0;
      const stop = prisma.onStatement(() => count++);
      try {
        await work();
      } finally {
        stop();
      }
      return count;
    },
    async close() {
      await app.close();
      await dropDatabase(database.name);
    },
  };
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

/** The first error of a response that must have failed. */
export function failure(response: GraphQLResponse): { message: string; extensions: Record<string, any> } {
  if (!response.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(response.data)}`);
  return response.errors[0];
}
