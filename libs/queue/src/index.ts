export * from './jobs.js';
export { RedisConnection, RedisModule } from './redis.js';
