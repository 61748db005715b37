export { DischargeModule } from './discharge.module.js';
export { nextOccurrence } from './discharge-summary.js';
