import './tracing.js';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import { closeOnSignals, loadConfig, requireDependencies, useStructuredLogs } from '@oneplan/config';
import { checkEvictionPolicy, RedisConnection } from '@oneplan/queue';
import { WorkerModule } from './worker.module.js';

const config = loadConfig();
await requireDependencies(config, 'worker');
const app = await NestFactory.create(WorkerModule, { bufferLogs: true });
useStructuredLogs(app, config);
await checkEvictionPolicy(app.get(RedisConnection).client, new Logger('Redis'));
closeOnSignals(app, config.SHUTDOWN_TIMEOUT_MS);
await app.listen(config.WORKER_PORT, '0.0.0.0');
new Logger('OnePlan').log(`Worker ready; health at http://127.0.0.1:${config.WORKER_PORT}/health/ready`);
