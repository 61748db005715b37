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
  /** Looks for time-based reminders that are due (run by a job scheduler). */
  ReminderSweep = 'reminder-sweep',
  /** Posts one notification reference to one program webhook (job id: webhook-<delivery id>). */
  WebhookDelivery = 'webhook-delivery',
}

export interface JobPayloads {
  [JobName.Ping]: { requestedAt: string };
  [JobName.ReminderEvent]: { eventId: string };
  [JobName.ReminderSweep]: Record<string, never>;
  [JobName.WebhookDelivery]: { deliveryId: string };
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
