export { ConsentModule } from './consent.module.js';
export { covers, findCoveringConsent } from './consent-rules.js';
export { ConsentRepository } from './consent.repository.js';
