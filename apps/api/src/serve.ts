import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { type AppConfig, closeOnSignals, requireDependencies } from '@oneplan/config';
import { createApi } from './bootstrap.js';

/** Waits for PostgreSQL and Redis, then serves the API until a signal stops it. */
export async function serveApi(config: AppConfig): Promise<void> {
  await requireDependencies(config, 'API');
  const { app, operationsDone } = await createApi();
  closeOnSignals(app, config.SHUTDOWN_TIMEOUT_MS, operationsDone);
  await app.listen(config.PORT, '0.0.0.0');
  new Logger('OnePlan').log(`API listening at http://127.0.0.1:${config.PORT}/graphql`);
}
