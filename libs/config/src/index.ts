export { APP_CONFIG, loadConfig, type AppConfig, parseConfig } from './config.js';
export { ConfigModule } from './config.module.js';
export { requireDependencies } from './dependencies.js';
export { useStructuredLogs } from './logging.js';
export { closeOnSignals } from './shutdown.js';
export { createRedisClient, keyPrefix, type RedisClient, redisOptions } from './redis-options.js';
