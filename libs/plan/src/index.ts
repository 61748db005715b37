export { addDays, todayIn } from './calendar.js';
export * from './models/enums.js';
export { TreatmentPlan } from './models/treatment-plan.model.js';
export { PlanModule } from './plan.module.js';
export { PlanRevisionRepository, type RevisionEntry } from './plan-revision.repository.js';
export { PlanScopes } from './plan-scopes.js';
export type { PlanScope } from './plan.repository.js';
export { applyVersionedEdit, diffFields, type FieldChangeValue } from './versioned-edit.js';
