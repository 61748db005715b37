import { Logger, Module } from '@nestjs/common';
import { ConfigModule } from '@oneplan/config';
import { HealthModule } from '@oneplan/health';
import { PrismaModule } from '@oneplan/prisma';
import { JOB_HANDLERS, type JobHandlers, JobWorker, RedisModule } from '@oneplan/queue';
import { ReminderEventHandler, RemindersModule } from '@oneplan/reminders';

const logger = new Logger('Worker');

/** The worker process: wiring only. Every job name has its handler here. */
@Module({
  imports: [ConfigModule, PrismaModule, RedisModule, HealthModule.withQueueStats(), RemindersModule],
  providers: [
    JobWorker,
    {
      provide: JOB_HANDLERS,
      inject: [ReminderEventHandler],
      useFactory: (reminderEvents: ReminderEventHandler): JobHandlers => ({
        ping: async ({ requestedAt }) => logger.log({ requestedAt }, 'Pong'),
        'reminder-event': (data) => reminderEvents.handle(data),
      }),
    },
  ],
})
export class WorkerModule {}
