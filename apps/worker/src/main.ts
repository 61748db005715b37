import { loadConfig } from '@oneplan/config';
import { startTracing } from '@oneplan/telemetry';

const config = loadConfig();
// Before the worker's modules load (so they are imported below, not above): tracing's instrumentations
// patch those modules as they first load.
await startTracing(config, 'worker');
const { serveWorker } = await import('./serve.js');
await serveWorker(config);
