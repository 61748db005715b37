import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import pLimit from 'p-limit';
import { RequestRateLimits } from '@oneplan/auth';
import { APP_CONFIG, type AppConfig, useStructuredLogs } from '@oneplan/config';
import { inputValidationPipe } from '@oneplan/graphql';
import { mountQueueDashboard } from '@oneplan/reminders';
import { ApiModule } from './api.module.js';

/** Request bodies above this are refused before GraphQL sees them (Apollo sets no limit of its own). */
export const BODY_LIMIT = '100kb';

/**
 * Admission control: at most `concurrency` GraphQL requests execute at once; the others wait their turn
 * in arrival order. A whole plan is a large object graph, so running fewer at a time keeps the live heap
 * (and garbage collection) small without lowering throughput on a machine with few cores.
 */
function limitConcurrentOperations(app: NestExpressApplication, concurrency: number): () => Promise<void> {
  const limit = pLimit(concurrency);
  app.use('/graphql', (_req: Request, res: Response, next: NextFunction) => {
    // Listen first: a client that gives up while queued must not hold a slot.
    const closed = new Promise<void>((done) => res.once('close', done));
    void limit(() => {
      if (res.closed) return undefined;
      next();
      return closed;
    });
  });
  return async () => {
    while (limit.activeCount + limit.pendingCount > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  };
}

export interface Api {
  app: NestExpressApplication;
  /** Resolves once every admitted or queued GraphQL request has been answered (shutdown waits for it). */
  operationsDone: () => Promise<void>;
}

export async function createApi(): Promise<Api> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false });
  const config = app.get<AppConfig>(APP_CONFIG);
  useStructuredLogs(app, config);
  app.set('trust proxy', 'loopback');
  // Spent before the body is read, so a flood from one address costs little.
  app.use('/graphql', app.get(RequestRateLimits).perAddress());
  app.useBodyParser('json', { limit: BODY_LIMIT });
  const operationsDone = limitConcurrentOperations(app, config.GRAPHQL_CONCURRENCY);
  app.useGlobalPipes(inputValidationPipe());
  mountQueueDashboard(app);
  app.disable('x-powered-by');
  return { app, operationsDone };
}
