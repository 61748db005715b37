import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import { type AppConfig, closeOnSignals, requireDependencies, useStructuredLogs } from '@oneplan/config';
import { checkEvictionPolicy, RedisConnection } from '@oneplan/queue';
import { WorkerModule } from './worker.module.js';

/** Waits for PostgreSQL and Redis, then runs the worker (and its health endpoint) until a signal stops it. */
export async function serveWorker(config: AppConfig): Promise<void> {
  await requireDependencies(config, 'worker');
  const app = await NestFactory.create(WorkerModule, { bufferLogs: true });
  useStructuredLogs(app, config);
  await checkEvictionPolicy(app.get(RedisConnection).client, new Logger('Redis'));
  closeOnSignals(app, config.SHUTDOWN_TIMEOUT_MS);
  await app.listen(config.WORKER_PORT, '0.0.0.0');
  new Logger('OnePlan').log(`Worker ready; health at http://127.0.0.1:${config.WORKER_PORT}/health/ready`);
}
