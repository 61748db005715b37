export * from './generated/enums.js';
export { Prisma } from './generated/client.js';
export { PrismaModule } from './prisma.module.js';
export { PrismaService } from './prisma.service.js';
export { insertTogether, onCommit, PrismaErrorCode, TransactionRunner, prismaErrorCode, type Tx } from './transaction.js';
export type {
  AuditEvent as AuditEventRow,
  BreakGlassAccess as BreakGlassAccessRow,
  Consent as ConsentRow,
  Disclosure as DisclosureRow,
  Discharge as DischargeRow,
  CareTeamMember as CareTeamMemberRow,
  ClinicalNote as ClinicalNoteRow,
  Episode as EpisodeRow,
  Goal as GoalRow,
  GoalProblem as GoalProblemRow,
  GroupAttendance as GroupAttendanceRow,
  GroupEnrollment as GroupEnrollmentRow,
  GroupSchedule as GroupScheduleRow,
  GroupScheduleException as GroupScheduleExceptionRow,
  GroupSession as GroupSessionRow,
  IndividualSession as IndividualSessionRow,
  IndividualSessionGoal as IndividualSessionGoalRow,
  Intervention as InterventionRow,
  LevelOfCareChange as LevelOfCareChangeRow,
  MedicationChange as MedicationChangeRow,
  MeasureSchedule as MeasureScheduleRow,
  MedicationChangeGoal as MedicationChangeGoalRow,
  Notification as NotificationRow,
  Objective as ObjectiveRow,
  OutcomeMeasure as OutcomeMeasureRow,
  IntakeAssessment as IntakeAssessmentRow,
  Patient as PatientRow,
  PatientImport as PatientImportRow,
  PhaseChange as PhaseChangeRow,
  PlanRevision as PlanRevisionRow,
  PlanTemplate as PlanTemplateRow,
  Problem as ProblemRow,
  Organization as OrganizationRow,
  Program as ProgramRow,
  SafetyPlan as SafetyPlanRow,
  SelfReportLink as SelfReportLinkRow,
  StaffMember as StaffMemberRow,
  Support as SupportRow,
  SupportUpdate as SupportUpdateRow,
  SweepBatch as SweepBatchRow,
  SweepRun as SweepRunRow,
  Task as TaskRow,
  TreatmentPlan as TreatmentPlanRow,
  TriggerDate as TriggerDateRow,
} from './generated/client.js';
export { byTime, type KeyColumn, type Keyset, keysetClauses, likePrefix } from './keyset.js';
export { isAnyOf } from './any-of.js';
export { linkedIds } from './linked-ids.js';
export { joiningWave, ReadWave } from './read-wave.js';
export { planToExport } from './plan-to-export.js';
