import { randomUUID } from 'node:crypto';
import type { INestApplication, LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from './config.js';

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** Nest's logger interface on top of pino: one JSON line per entry, with the Nest context. */
class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.write('info', message, context);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest.at(-1) as string | undefined);
  }
  warn(message: unknown, context?: string) {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string) {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string) {
    this.write('trace', message, context);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, context?: string) {
    if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...message });
    else this.logger[level]({ context }, String(message));
  }
}

/**
 * Structured JSON logs: Nest's own messages and one line per HTTP request with its request id (taken from
 * X-Request-Id when well formed). Request bodies are never logged and credentials are redacted. No
 * async-local storage: it would slow every promise of every request.
 */
export function useStructuredLogs(app: INestApplication, config: AppConfig): void {
  const logger = pino({ level: config.LOG_LEVEL, redact: ['req.headers.authorization', 'req.headers.cookie'] });
  app.useLogger(new PinoNestLogger(logger));
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      serializers: { req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }) },
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
    }),
  );
}
