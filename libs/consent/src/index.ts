export { ConsentModule } from './consent.module.js';
