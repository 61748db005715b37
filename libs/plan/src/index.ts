export { addDays, todayIn } from '@oneplan/care-team';
export * from './models/enums.js';
export { TreatmentPlan } from './models/treatment-plan.model.js';
export { PlanModule } from './plan.module.js';
export { PlanChangesModule } from './plan-changes.module.js';
export { PlanRevisionRepository, type RevisionEntry } from './plan-revision.repository.js';
export { PlanScopes } from './plan-scopes.js';
export {
  type ClosedReminderTask,
  IntakeTaskPurpose,
  intakeTaskKey,
  openTasksOf,
  ReminderTaskPurpose,
  reminderTaskKey,
  type ReminderTaskToOpen,
  type TaskFields,
  TaskRepository,
  TASKS_ORDER,
} from './task.repository.js';
export { closedTasks, created, type PlanChange, type PlanInsert, PlanUnitOfWork, type PlanWork, type RevisionDraft, updated } from './unit-of-work.js';
export type { PlanItemKind, PlanScope } from './plan.repository.js';
export { applyVersionedEdit, diffFields, type FieldChangeValue } from './versioned-edit.js';
export { Problem } from './models/plan-content.model.js';
export { PlanLoaders } from './plan.loaders.js';
export { disclosedRecords } from './disclosed-records.js';
export { PART2_FIELD_DESCRIPTION, part2, type Part2Labels } from './part2.js';
export { PLAN_LISTS, SAFETY_PLAN_ENTRIES } from './plan-lists.js';
export { PlanItemResolver } from './plan-item.resolver.js';
export { PLAN_AFTER } from './models/plan-payloads.js';
export { PlanService } from './plan.service.js';
export { ICD10_CM, SNOMED_CONCEPT } from './dto/problem-codes.input.js';
export { ImportedDrafts } from './imported-drafts.js';
export { ImportedItemRepository, MAX_PENDING_IMPORTED_ITEMS, type NewImportedItem } from './imported-item.repository.js';
export { ConfirmsImportedItemInput } from './dto/imported-item.input.js';
export { ImportedItem } from './models/imported-item.model.js';
export { toImportedItem } from './imported-item.resolver.js';
export { PlanContentRepository } from './plan-content.repository.js';
export { type PlanHeader, PlanRepository } from './plan.repository.js';
export { ASAM_DIMENSIONS, type AsamDimension, orderedRatings, REQUIRED_WEEKLY_HOURS } from './level-of-care.js';
export { AsamDimensionEnum, AsamRating } from './models/asam.model.js';
export { AsamRatingInput } from './dto/asam.input.js';
export { safetyPlanSections } from './safety-plan-text.js';
export { NATIONAL_CRISIS_LINES } from './crisis-lines.js';
