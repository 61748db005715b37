export { WEB_BUILD_DIR } from './explorer.js';
export { BODY_LIMIT_BYTES, FrontDoor } from './front-door.js';
export { FrontDoorModule } from './front-door.module.js';
export { ApiMetrics } from './api-metrics.js';
