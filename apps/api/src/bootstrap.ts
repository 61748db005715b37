import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { inputValidationPipe } from '@oneplan/graphql';
import { ApiModule } from './api.module.js';

/** Request bodies above this are refused before GraphQL sees them (Apollo sets no limit of its own). */
export const BODY_LIMIT = '100kb';

export async function createApi(): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useGlobalPipes(inputValidationPipe());
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  return app;
}
