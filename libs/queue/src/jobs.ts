import type { JobsOptions } from 'bullmq';

/** Queues and jobs shared by the API (producer) and the worker (consumer). Payloads carry ids only. */
export enum QueueName {
  Reminders = 'reminders',
}

export enum JobName {
  /** Liveness probe of the pipeline: the worker answers without touching clinical data. */
  Ping = 'ping',
  /** An outbox event to turn into notifications (the job id is the event id). */
  ReminderEvent = 'reminder-event',
  /** A stored notification to send by email and to its program's webhooks (job id: the outbox event id). */
  NotificationDelivery = 'notification-delivery',
  /** One kind of time-based reminder, looked for by its own job scheduler: starts a run of its batches. */
  ReminderSweep = 'reminder-sweep',
  /** One batch of a sweep run (the job id is the batch id): any worker may take it. */
  ReminderSweepBatch = 'reminder-sweep-batch',
  /** Posts one notification reference to one program webhook (job id: webhook-<delivery id>). */
  WebhookDelivery = 'webhook-delivery',
  /** Emails a support update (job id: the outbox event id). */
  SupportUpdateDelivery = 'support-update-delivery',
  /** Makes a self-report link's token and emails the link to the patient (job id: the outbox event id). */
  SelfReportLinkDelivery = 'self-report-link-delivery',
  /** Sends patients self-report links for measures that fell due, by its own job scheduler. */
  SelfReportDue = 'self-report-due',
  /** Generates recurring groups' sessions ahead, by its own job scheduler. */
  GroupSessionGeneration = 'group-session-generation',
}

/** The time-based reminders, each swept by its own job, in its own transaction, on its own schedule. */
export enum SweepKind {
  Reviews = 'reviews',
  TriggerDates = 'trigger-dates',
  Objectives = 'objectives',
  SessionsTomorrow = 'sessions-tomorrow',
  ConsentsExpiring = 'consents-expiring',
  MissedGroups = 'missed-groups',
  MeasuresDue = 'measures-due',
  CareHours = 'care-hours',
  DailyAgendas = 'daily-agendas',
}

/** Jobs each run by a job scheduler of their own, with no payload. */
export const PERIODIC_JOBS = [JobName.GroupSessionGeneration, JobName.SelfReportDue] as const;
export type PeriodicJob = (typeof PERIODIC_JOBS)[number];

export interface JobPayloads {
  [JobName.Ping]: { requestedAt: string };
  [JobName.ReminderEvent]: { eventId: string };
  [JobName.NotificationDelivery]: { eventId: string };
  [JobName.ReminderSweep]: { sweep: SweepKind };
  [JobName.ReminderSweepBatch]: { batchId: string };
  [JobName.WebhookDelivery]: { deliveryId: string };
  [JobName.GroupSessionGeneration]: Record<string, never>;
  [JobName.SupportUpdateDelivery]: { eventId: string };
  [JobName.SelfReportLinkDelivery]: { eventId: string };
  [JobName.SelfReportDue]: Record<string, never>;
}

/** Attempts of a webhook delivery: the last failure dead-letters it. */
export const WEBHOOK_ATTEMPTS = 6;

/**
 * Retries with exponential backoff (1 s, 2 s, 4 s ... about 4 minutes in all); a job that exhausts them
 * stays in the failed set, where it can be seen and retried, instead of being dropped.
 */
export const reminderJobOptions: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10000 },
  removeOnFail: false,
};
