import type { Server } from 'node:http';
import { type INestApplication, Logger } from '@nestjs/common';

/**
 * Closes the app on SIGTERM or SIGINT and forces the exit if that takes longer than the limit. The HTTP
 * server stops taking requests and finishes those in flight (`inFlightDone`) first; only then does Nest run its shutdown
 * hooks (GraphQL server, workers, database), which would otherwise fail requests still being served.
 */
export function closeOnSignals(app: INestApplication, timeoutMs: number, inFlightDone: () => Promise<void> = async () => undefined): void {
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    const logger = new Logger('OnePlan');
    logger.log({ signal }, 'Shutting down: finishing requests and jobs in flight');
    setTimeout(() => {
      process.stderr.write(`Shutdown after ${signal} took longer than ${timeoutMs} ms; exiting.\n`);
      process.exit(1);
    }, timeoutMs).unref();
    drainHttp(app)
      .then(inFlightDone)
      .then(() => app.close())
      .then(
        () => {
          logger.log('Stopped');
          process.exit(0);
        },
        () => process.exit(1),
      );
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}

function drainHttp(app: INestApplication): Promise<void> {
  const server = app.getHttpServer() as Server;
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
