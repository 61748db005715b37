import { Logger, Module } from '@nestjs/common';
import { ConfigModule } from '@oneplan/config';
import { GroupSessionGenerator, GroupsModule } from '@oneplan/groups';
import { HealthModule } from '@oneplan/health';
import { SelfReportDeliveryModule, SelfReportDue, SelfReportLinkDelivery } from '@oneplan/self-report';
import { SupportDeliveryModule, SupportUpdateDelivery } from '@oneplan/supports';
import { MetricsModule } from '@oneplan/metrics';
import { PrismaModule } from '@oneplan/prisma';
import { JOB_HANDLERS, type JobHandlers, JobWorker, RedisModule } from '@oneplan/queue';
import { TelemetryModule } from '@oneplan/telemetry';
import { NotificationDelivery, ReminderEventHandler, ReminderHealth, ReminderSweeps, RemindersModule } from '@oneplan/reminders';

const logger = new Logger('Worker');

/** The worker process: wiring only. Every job name has its handler here. */
@Module({
  imports: [
    ConfigModule,
    TelemetryModule,
    MetricsModule.forProcess('worker'),
    PrismaModule,
    RedisModule,
    HealthModule.forWorker(RemindersModule, ReminderHealth),
    RemindersModule,
    GroupsModule,
    SelfReportDeliveryModule,
    SupportDeliveryModule,
  ],
  providers: [
    JobWorker,
    {
      provide: JOB_HANDLERS,
      inject: [GroupSessionGenerator, NotificationDelivery, ReminderEventHandler, ReminderSweeps, SelfReportDue, SelfReportLinkDelivery, SupportUpdateDelivery],
      useFactory: (
        groups: GroupSessionGenerator,
        delivery: NotificationDelivery,
        reminderEvents: ReminderEventHandler,
        sweeps: ReminderSweeps,
        selfReportDue: SelfReportDue,
        selfReportLinks: SelfReportLinkDelivery,
        supportUpdates: SupportUpdateDelivery,
      ): JobHandlers => ({
        ping: async ({ requestedAt }) => logger.log({ requestedAt }, 'Pong'),
        'reminder-event': (data) => reminderEvents.handle(data),
        'notification-delivery': (data) => reminderEvents.deliver(data),
        'reminder-sweep': (data) => sweeps.runJob(data),
        'reminder-sweep-batch': async ({ batchId }) => void (await sweeps.runBatch(batchId)),
        'webhook-delivery': ({ deliveryId }, attempt) => delivery.postWebhook(deliveryId, attempt),
        'group-session-generation': async () => void (await groups.generateAll()),
        'support-update-delivery': (data) => supportUpdates.deliver(data),
        'self-report-link-delivery': (data) => selfReportLinks.deliver(data),
        'self-report-due': async () => void (await selfReportDue.sendDue()),
      }),
    },
  ],
})
export class WorkerModule {}
