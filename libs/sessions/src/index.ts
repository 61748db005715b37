export { IndividualSessionLoaders } from './individual-session.loaders.js';
export { IndividualSession } from './models/individual-session.model.js';
export { SessionsModule } from './sessions.module.js';
