import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { INestApplication, LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from './config.js';

const REQUEST_ID = /^[\w.-]{1,64}$/;

type Level = 'info' | 'error' | 'warn' | 'debug' | 'trace';

/**
 * Nest's logger interface on top of pino. Nest calls `level(message, ...params, context)`; a message
 * may be an object of fields followed by a text, as in `logger.error({ requestId }, 'Unexpected error')`.
 */
class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]) {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]) {
    const context = params.length > 0 ? params.at(-1) : undefined;
    const [detail] = params.slice(0, -1);
    if (typeof message === 'object' && message !== null) {
      this.logger[level]({ context, ...message }, typeof detail === 'string' ? detail : undefined);
    } else {
      this.logger[level]({ context, ...(typeof detail === 'string' ? { stack: detail } : {}) }, String(message));
    }
  }
}

/** JSON lines, or (LOG_FORMAT=pretty, the default in development) human-readable lines, written at once. */
function createLogger(config: AppConfig): Logger {
  const options = { level: config.LOG_LEVEL, redact: ['req.headers.authorization', 'req.headers.cookie'] };
  const readable = config.LOG_FORMAT === 'pretty' || (config.LOG_FORMAT === 'auto' && config.NODE_ENV === 'development');
  return readable ? pino(options, pretty({ sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })) : pino(options);
}

/**
 * Structured logs: Nest's own messages and one line per HTTP request with its request id (taken from
 * X-Request-Id when well formed), the staff member's id and the GraphQL operation (type and first root
 * field). Request bodies are never logged and credentials are redacted. No async-local storage: it
 * would slow every promise of every request.
 */
export function useStructuredLogs(app: INestApplication, config: AppConfig): void {
  const logger = createLogger(config);
  app.useLogger(new PinoNestLogger(logger));
  app.use((req: IncomingMessage & { id?: string }, res: ServerResponse, next: () => void) => {
    const given = req.headers['x-request-id'];
    req.id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', req.id);
    next();
  });
  // Below info (LOG_LEVEL=warn and up) no request line is written: no per-request child logger either.
  if (!logger.isLevelEnabled('info')) return;
  app.use(
    pinoHttp({
      logger,
      genReqId: (req) => req.id,
      // The path only: a query string (a GraphQL GET's document and variables) may carry what logs must not.
      serializers: { req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }) },
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
      customProps: (req: IncomingMessage & { actor?: { staffId: string }; operation?: string }) => ({ staffId: req.actor?.staffId, operation: req.operation }),
    }),
  );
}
