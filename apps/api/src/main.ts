import './tracing.js';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { closeOnSignals, loadConfig, requireDependencies } from '@oneplan/config';
import { createApi } from './bootstrap.js';

const config = loadConfig();
await requireDependencies(config, 'API');
const { app, operationsDone } = await createApi();
closeOnSignals(app, config.SHUTDOWN_TIMEOUT_MS, operationsDone);
await app.listen(config.PORT, '0.0.0.0');
new Logger('OnePlan').log(`API listening at http://127.0.0.1:${config.PORT}/graphql`);
