export { PlanTemplatesModule } from './plan-templates.module.js';
