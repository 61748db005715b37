import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { closeOnSignals, loadConfig, requireDependencies } from '@oneplan/config';
import { WorkerModule } from './worker.module.js';

const config = loadConfig();
await requireDependencies(config, 'worker');
const app = await NestFactory.create(WorkerModule, { bufferLogs: true });
app.useLogger(app.get(Logger));
closeOnSignals(app, config.SHUTDOWN_TIMEOUT_MS);
await app.listen(config.WORKER_PORT, '0.0.0.0');
app.get(Logger).log(`OnePlan worker ready; health at http://127.0.0.1:${config.WORKER_PORT}/health/ready`);
