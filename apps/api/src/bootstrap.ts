import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig, useStructuredLogs } from '@oneplan/config';
import { BODY_LIMIT_BYTES, FrontDoor } from '@oneplan/front-door';
import { inputValidationPipe } from '@oneplan/graphql';
import { mountQueueDashboard } from '@oneplan/reminders';
import { ApiModule } from './api.module.js';

export interface Api {
  app: NestExpressApplication;
  /** Resolves once every GraphQL request in flight has been answered (shutdown waits for it). */
  operationsDone: () => Promise<void>;
}

export async function createApi(): Promise<Api> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false });
  const config = app.get<AppConfig>(APP_CONFIG);
  useStructuredLogs(app, config);
  // The client address rate limits and the audit trail use: X-Forwarded-For only from trusted proxies.
  app.set('trust proxy', config.TRUST_PROXY);
  const frontDoor = app.get(FrontDoor);
  frontDoor.mount(app);
  // Other routes (the queue dashboard's actions) read JSON bodies too, within the same limit.
  app.useBodyParser('json', { limit: BODY_LIMIT_BYTES });
  app.useGlobalPipes(inputValidationPipe());
  mountQueueDashboard(app);
  app.disable('x-powered-by');
  // Answers are never cached (no-store): an ETag would only hash every body, 190 KB for a whole plan.
  app.disable('etag');
  return { app, operationsDone: () => frontDoor.drained() };
}
