/** Queues and jobs shared by the API (producer) and the worker (consumer). Payloads carry ids only. */
export enum QueueName {
  Reminders = 'reminders',
}

export enum JobName {
  /** Liveness probe of the pipeline: the worker answers without touching clinical data. */
  Ping = 'ping',
}

export interface JobPayloads {
  [JobName.Ping]: { requestedAt: string };
}
