import { loadConfig } from '@oneplan/config';
import { startTracing } from '@oneplan/telemetry';

const config = loadConfig();
// Before the app's modules load (so they are imported below, not above): tracing's HTTP and GraphQL
// instrumentations patch those modules as they first load.
await startTracing(config, 'api');
const { serveApi } = await import('./serve.js');
await serveApi(config);
