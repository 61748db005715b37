import { loadConfig } from '@oneplan/config';
import { startTracing } from '@oneplan/telemetry';

// main.ts imports this first: the HTTP and GraphQL instrumentations patch those modules as they first load.
startTracing(loadConfig(), 'worker');
