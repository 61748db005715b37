import { Logger, Module } from '@nestjs/common';
import { ConfigModule } from '@oneplan/config';
import { HealthModule } from '@oneplan/health';
import { PrismaModule } from '@oneplan/prisma';
import { JOB_HANDLERS, type JobHandlers, JobWorker, RedisModule } from '@oneplan/queue';

const logger = new Logger('Worker');

/** The handler of every job the worker knows; reminder jobs join this map as they are built. */
const handlers: JobHandlers = {
  ping: async ({ requestedAt }) => logger.log({ requestedAt }, 'Pong'),
};

/** The worker process: wiring only. */
@Module({
  imports: [ConfigModule, PrismaModule, RedisModule, HealthModule],
  providers: [JobWorker, { provide: JOB_HANDLERS, useValue: handlers }],
})
export class WorkerModule {}
