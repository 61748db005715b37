export { JOB_HANDLERS, type JobHandlers, JobWorker } from './job-worker.js';
export * from './jobs.js';
export { RedisConnection, RedisModule } from './redis.js';
