export { JOB_HANDLERS, type JobAttempt, type JobHandlers, JobWorker } from './job-worker.js';
export * from './jobs.js';
export { type LivePayloads, LiveTopic, LiveUpdates } from './live-updates.js';
export { checkEvictionPolicy, RedisConnection, RedisModule } from './redis.js';
export { type FailedJob, type QueueStats, ReminderQueue, sweepScheduler } from './reminder-queue.js';
