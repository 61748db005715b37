import type { INestApplication } from '@nestjs/common';

/**
 * Closes the app on SIGTERM or SIGINT (Nest runs its shutdown hooks: HTTP server, workers, database)
 * and forces the exit if that takes longer than the configured limit.
 */
export function closeOnSignals(app: INestApplication, timeoutMs: number): void {
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    setTimeout(() => {
      process.stderr.write(`Shutdown after ${signal} took longer than ${timeoutMs} ms; exiting.\n`);
      process.exit(1);
    }, timeoutMs).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}
