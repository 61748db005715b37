import type { CareTeamRole, Discipline } from '@oneplan/prisma';

/**
 * Who may do what: every GraphQL query and mutation has exactly one rule here, and the access guard
 * applies it before any resolver runs. The README's permission tables are rendered from this file
 * (npm run docs:access) and the permission tests are generated from the README's tables.
 */

/** How a staff member stands towards one patient. OUTSIDER: same program, no standing at all. */
export type PatientRole = CareTeamRole | 'PROGRAM_ADMIN' | 'BREAK_GLASS' | 'OUTSIDER';
export const PATIENT_ROLES: PatientRole[] = ['PRIMARY_THERAPIST', 'THERAPIST', 'GROUP_FACILITATOR', 'PRESCRIBER', 'CASE_MANAGER', 'PROGRAM_ADMIN', 'BREAK_GLASS', 'OUTSIDER'];
/** Roles that let a staff member see a patient at all. */
export const SEEING_ROLES: PatientRole[] = PATIENT_ROLES.filter((role) => role !== 'OUTSIDER');
export const PROGRAM_ROLES: Discipline[] = ['THERAPIST', 'GROUP_FACILITATOR', 'PRESCRIBER', 'CASE_MANAGER', 'PROGRAM_ADMIN', 'ORGANIZATION_ADMIN'];
/** Who runs programs: a program's own admins, and their organization's admins in every program of it. */
export const ADMINS: Discipline[] = ['PROGRAM_ADMIN', 'ORGANIZATION_ADMIN'];
/** A program's own staff: an organization admin is not one of them and sees no patient. */
export const PROGRAM_STAFF: Discipline[] = PROGRAM_ROLES.filter((role) => role !== 'ORGANIZATION_ADMIN');

/** Records an argument can name, resolved to the patient they belong to. */
export type PatientTargetKind =
  | 'patient'
  | 'episode'
  | 'plan'
  | 'problem'
  | 'goal'
  | 'objective'
  | 'task'
  | 'individualSession'
  | 'medicationChange'
  | 'clinicalNote'
  | 'membership'
  | 'consent'
  | 'importedItem'
  | 'groupEnrollment'
  | 'support';
/** Records an argument can name, resolved to their program (and so organization). */
export type ProgramTargetKind = 'program' | 'staff' | 'groupSession' | 'groupSchedule' | 'intakeAssessment' | 'planTemplate';

export interface PatientRule {
  scope: 'patient';
  /** A subscription (over WebSocket): left out of the README's tables, tested on its own. */
  subscription?: boolean;
  /** Argument path of the record the operation is about, and its kind. */
  target: [path: string, kind: PatientTargetKind];
  roles: PatientRole[];
  /** author: only the author of the named record (their own clinical text). */
  condition?: 'author';
}

export interface ProgramRule {
  scope: 'program';
  subscription?: boolean;
  /** Argument path of the record naming the program; none: the actor's own program or organization. */
  target?: [path: string, kind: ProgramTargetKind];
  roles: Discipline[];
  /** facilitator: only a facilitator (lead or co-facilitator) of the named group; self: one's own record, or a program admin's program. */
  condition?: 'facilitator' | 'self';
  /** Argument path of patient ids the operation writes to; each must be visible to the actor. */
  patients?: string;
}

/** Records named by id, whatever their type: each id is decided by its type's rule (NODE_RULES). */
export interface NodeIdsRule {
  scope: 'node';
  subscription?: false;
  /** The argument holding one id, or a list of ids. */
  target: 'id' | 'ids';
}

export type AccessRule = PatientRule | ProgramRule | NodeIdsRule;

const THERAPISTS: PatientRole[] = ['PRIMARY_THERAPIST', 'THERAPIST'];
const TEAM: PatientRole[] = ['PRIMARY_THERAPIST', 'THERAPIST', 'GROUP_FACILITATOR', 'PRESCRIBER', 'CASE_MANAGER'];
const READERS: PatientRole[] = [...TEAM, 'PROGRAM_ADMIN', 'BREAK_GLASS'];
const TEAM_AND_ADMIN: PatientRole[] = [...TEAM, 'PROGRAM_ADMIN'];
const RELEASE_OF_INFORMATION: PatientRole[] = [...THERAPISTS, 'CASE_MANAGER', 'PROGRAM_ADMIN'];
const EVERYONE: Discipline[] = PROGRAM_ROLES;
const INTAKE: Discipline[] = ['THERAPIST', 'CASE_MANAGER', 'PROGRAM_ADMIN'];
const TEMPLATE_KEEPERS: Discipline[] = ['THERAPIST', 'PROGRAM_ADMIN'];
const GROUP_KEEPERS: Discipline[] = ['GROUP_FACILITATOR', ...ADMINS];
const ROSTER_KEEPERS: PatientRole[] = [...THERAPISTS, 'CASE_MANAGER', 'PROGRAM_ADMIN'];

const patient = (path: string, kind: PatientTargetKind, roles: PatientRole[], condition?: 'author'): PatientRule => ({ scope: 'patient', target: [path, kind], roles, condition });

export const ACCESS_RULES: Record<string, AccessRule> = {
  // Any record by id (Relay's node and nodes), by its type's rule
  node: { scope: 'node', target: 'id' },
  nodes: { scope: 'node', target: 'ids' },
  // Reading a patient's record
  patient: patient('id', 'patient', READERS),
  patientPlan: patient('patientId', 'patient', READERS),
  treatmentPlan: patient('id', 'plan', READERS),
  planHistory: patient('planId', 'plan', READERS),
  patientAttendance: patient('patientId', 'patient', READERS),
  episodes: patient('patientId', 'patient', READERS),
  episode: patient('id', 'episode', READERS),
  consents: patient('patientId', 'patient', TEAM_AND_ADMIN),
  disclosures: patient('patientId', 'patient', TEAM_AND_ADMIN),
  emergencyAccesses: patient('patientId', 'patient', ['PRIMARY_THERAPIST', 'PROGRAM_ADMIN']),
  patientAccessHistory: patient('patientId', 'patient', ['PROGRAM_ADMIN']),
  // Writing the plan
  createTreatmentPlan: patient('input.episodeId', 'episode', THERAPISTS),
  updateTreatmentPlan: patient('input.planId', 'plan', THERAPISTS),
  changePhase: patient('input.planId', 'plan', THERAPISTS),
  changeLevelOfCare: patient('input.planId', 'plan', THERAPISTS),
  addProblem: patient('input.planId', 'plan', THERAPISTS),
  updateProblem: patient('input.problemId', 'problem', THERAPISTS),
  addTriggerDate: patient('input.planId', 'plan', THERAPISTS),
  updateSafetyPlan: patient('input.planId', 'plan', THERAPISTS),
  addGoal: patient('input.planId', 'plan', THERAPISTS),
  reviseGoal: patient('input.goalId', 'goal', THERAPISTS),
  addObjective: patient('input.goalId', 'goal', THERAPISTS),
  updateObjective: patient('input.objectiveId', 'objective', THERAPISTS),
  addIntervention: patient('input.goalId', 'goal', THERAPISTS),
  addTask: patient('input.planId', 'plan', TEAM),
  updateTask: patient('input.taskId', 'task', TEAM),
  addClinicalNote: patient('input.planId', 'plan', TEAM),
  amendClinicalNote: patient('input.noteId', 'clinicalNote', TEAM, 'author'),
  recordOutcomeMeasure: patient('input.planId', 'plan', TEAM),
  recordMedicationChange: patient('input.planId', 'plan', ['PRESCRIBER']),
  scheduleIndividualSession: patient('input.planId', 'plan', [...THERAPISTS, 'CASE_MANAGER']),
  recordSessionOutcome: patient('input.sessionId', 'individualSession', [...THERAPISTS, 'CASE_MANAGER']),
  // Episodes, care teams, consents and emergency access
  openEpisode: patient('input.patientId', 'patient', ['PROGRAM_ADMIN']),
  addCareTeamMember: patient('input.episodeId', 'episode', ['PROGRAM_ADMIN']),
  endCareTeamMembership: patient('input.membershipId', 'membership', ['PROGRAM_ADMIN']),
  removeFromCareTeam: patient('input.membershipId', 'membership', ['PROGRAM_ADMIN']),
  recordConsent: patient('input.patientId', 'patient', RELEASE_OF_INFORMATION),
  revokeConsent: patient('input.consentId', 'consent', RELEASE_OF_INFORMATION),
  exportPlan: patient('input.patientId', 'patient', RELEASE_OF_INFORMATION),
  // The people around the patient: named and updated by the patient's therapists (and case managers, admins)
  addSupport: patient('input.planId', 'plan', ROSTER_KEEPERS),
  updateSupport: patient('input.supportId', 'support', ROSTER_KEEPERS),
  sendSupportUpdate: patient('input.planId', 'plan', THERAPISTS),
  // Measures the patient fills in: a link any of the team may send; the program's admins turn automatic links on
  sendSelfReportLink: patient('input.planId', 'plan', TEAM),
  // Another system's record: taken in by the program's admins, its drafts reviewed by the team
  importPatientBundle: { scope: 'program', roles: ['PROGRAM_ADMIN'] },
  // Intake, before admission (the person has no care team yet): the program's therapists, case managers and admins
  intakeAssessments: patient('patientId', 'patient', READERS),
  recordIntakeAssessment: { scope: 'program', target: ['input.programId', 'program'], roles: INTAKE },
  decideIntakeLevel: { scope: 'program', target: ['input.assessmentId', 'intakeAssessment'], roles: INTAKE },
  admitFromAssessment: { scope: 'program', target: ['input.assessmentId', 'intakeAssessment'], roles: INTAKE },
  referOutFromAssessment: { scope: 'program', target: ['input.assessmentId', 'intakeAssessment'], roles: INTAKE },
  recordReferralArrival: { scope: 'program', target: ['input.assessmentId', 'intakeAssessment'], roles: INTAKE },
  recordIntakeSafetyCheck: { scope: 'program', target: ['input.assessmentId', 'intakeAssessment'], roles: INTAKE },
  myReferralFollowUps: { scope: 'program', roles: INTAKE },
  dischargePatient: patient('input.planId', 'plan', [...THERAPISTS, 'CASE_MANAGER']),
  // Plan templates: kept by the program's admins and therapists, applied by the plan's therapists
  planTemplates: { scope: 'program', target: ['programId', 'program'], roles: PROGRAM_STAFF },
  previewPlanTemplate: patient('planId', 'plan', THERAPISTS),
  createPlanTemplate: { scope: 'program', target: ['input.programId', 'program'], roles: TEMPLATE_KEEPERS },
  updatePlanTemplate: { scope: 'program', target: ['input.templateId', 'planTemplate'], roles: TEMPLATE_KEEPERS },
  applyPlanTemplate: patient('input.planId', 'plan', THERAPISTS),
  dismissImportedItem: patient('input.importedItemId', 'importedItem', TEAM),
  breakTheGlass: patient('input.patientId', 'patient', ['OUTSIDER', 'BREAK_GLASS']),
  planChanged: { ...patient('planId', 'plan', READERS), subscription: true },
  // The organization and its programs
  me: { scope: 'program', roles: EVERYONE },
  organization: { scope: 'program', roles: EVERYONE },
  programs: { scope: 'program', roles: EVERYONE },
  program: { scope: 'program', target: ['id', 'program'], roles: EVERYONE },
  createProgram: { scope: 'program', roles: ['ORGANIZATION_ADMIN'] },
  myNotifications: { scope: 'program', roles: EVERYONE },
  myTasks: { scope: 'program', roles: PROGRAM_STAFF },
  myAgenda: { scope: 'program', roles: PROGRAM_STAFF },
  unreadNotificationCount: { scope: 'program', roles: EVERYONE },
  markNotificationsRead: { scope: 'program', roles: EVERYONE },
  notificationAdded: { scope: 'program', roles: EVERYONE, subscription: true },
  // One program
  caseload: { scope: 'program', target: ['staffId', 'staff'], roles: PROGRAM_STAFF, condition: 'self' },
  patients: { scope: 'program', target: ['programId', 'program'], roles: PROGRAM_STAFF },
  groupSessions: { scope: 'program', target: ['programId', 'program'], roles: EVERYONE },
  scheduleGroupSession: { scope: 'program', target: ['input.programId', 'program'], roles: ['GROUP_FACILITATOR', ...ADMINS] },
  recordGroupAttendance: { scope: 'program', target: ['input.groupSessionId', 'groupSession'], roles: ['GROUP_FACILITATOR'], condition: 'facilitator', patients: 'input.entries.*.patientId' },
  // Recurring groups: set up by facilitators and admins; rosters kept by the patient's therapists, case managers and admins
  groupSchedules: { scope: 'program', target: ['programId', 'program'], roles: EVERYONE },
  myGroupWeek: { scope: 'program', roles: PROGRAM_STAFF },
  createGroupSchedule: { scope: 'program', target: ['input.programId', 'program'], roles: GROUP_KEEPERS },
  changeGroupOccurrence: { scope: 'program', target: ['input.scheduleId', 'groupSchedule'], roles: GROUP_KEEPERS },
  endGroupSchedule: { scope: 'program', target: ['input.scheduleId', 'groupSchedule'], roles: GROUP_KEEPERS },
  enrollInGroup: patient('input.planId', 'plan', ROSTER_KEEPERS),
  endGroupEnrollment: patient('input.enrollmentId', 'groupEnrollment', ROSTER_KEEPERS),
  setReviewCadence: { scope: 'program', target: ['input.programId', 'program'], roles: ADMINS },
  setMeasureSchedule: { scope: 'program', target: ['input.programId', 'program'], roles: ADMINS },
  setAgendaTime: { scope: 'program', target: ['input.programId', 'program'], roles: ADMINS },
  setSelfReportLinks: { scope: 'program', target: ['input.programId', 'program'], roles: ADMINS },
  createStaffMember: { scope: 'program', target: ['input.programId', 'program'], roles: ADMINS },
  setStaffActive: { scope: 'program', target: ['input.staffId', 'staff'], roles: ADMINS },
  // Registering a patient is a program admin's: an organization admin sees no patient.
  createPatient: { scope: 'program', target: ['input.programId', 'program'], roles: ['PROGRAM_ADMIN'] },
  staffAccessLog: { scope: 'program', target: ['staffId', 'staff'], roles: ADMINS },
  failedReminderJobs: { scope: 'program', roles: ADMINS },
  registerWebhook: { scope: 'program', target: ['input.programId', 'program'], roles: ADMINS },
  webhookDeliveries: { scope: 'program', target: ['programId', 'program'], roles: ADMINS },
};

/** The values at an argument path; `*` steps into every element of a list. */
export function valuesAt(args: unknown, path: string): unknown[] {
  let values: unknown[] = [args];
  for (const step of path.split('.')) {
    values = values.flatMap((value) => {
      if (value === null || typeof value !== 'object') return [];
      if (step === '*') return Array.isArray(value) ? value : [];
      return [(value as Record<string, unknown>)[step]];
    });
  }
  return values;
}
