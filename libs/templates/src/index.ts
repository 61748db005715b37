export { PlanTemplatesModule } from './plan-templates.module.js';
export { PlanTemplateService } from './plan-template.service.js';
