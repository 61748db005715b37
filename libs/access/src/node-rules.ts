import type { Discipline } from '@oneplan/prisma';
import { ADMINS, type PatientRole, PROGRAM_ROLES } from './access-rules.js';

/**
 * Who may read each kind of record by id (node, nodes, a revision's entity, a notification's subject):
 * the same standing the list or query that shows the record asks for. Everyone else is told the record
 * does not exist (NOT_FOUND), as for an id that never existed.
 */
export type NodeRule =
  /** A record of one patient's; `authorOnlyPrivate`: a private record (an SUD counseling note) only for its author. */
  | { scope: 'patient'; roles: PatientRole[]; authorOnlyPrivate?: boolean }
  /** A record of a program's (or, for a staff member, of an organization's). */
  | { scope: 'program'; roles: Discipline[] }
  /** A record of one staff member's own (their notifications). */
  | { scope: 'owner' };

const READERS: PatientRole[] = ['PRIMARY_THERAPIST', 'THERAPIST', 'GROUP_FACILITATOR', 'PRESCRIBER', 'CASE_MANAGER', 'PROGRAM_ADMIN', 'BREAK_GLASS'];
const TEAM_AND_ADMIN: PatientRole[] = READERS.filter((role) => role !== 'BREAK_GLASS');
const readers = (extra: Partial<NodeRule> = {}): NodeRule => ({ scope: 'patient', roles: READERS, ...extra }) as NodeRule;

export const NODE_RULES = {
  Patient: readers(),
  Episode: readers(),
  CareTeamMember: readers(),
  TreatmentPlan: readers(),
  Problem: readers(),
  TriggerDate: readers(),
  SafetyPlan: readers(),
  Goal: readers(),
  Objective: readers(),
  Intervention: readers(),
  ClinicalNote: readers({ authorOnlyPrivate: true }),
  OutcomeMeasure: readers(),
  Task: readers(),
  GroupAttendance: readers(),
  GroupEnrollment: readers(),
  Support: readers(),
  IndividualSession: readers(),
  MedicationChange: readers(),
  LevelOfCareChange: readers(),
  PhaseChange: readers(),
  PlanRevision: readers(),
  Consent: { scope: 'patient', roles: TEAM_AND_ADMIN },
  Disclosure: { scope: 'patient', roles: TEAM_AND_ADMIN },
  EmergencyAccess: { scope: 'patient', roles: ['PRIMARY_THERAPIST', 'PROGRAM_ADMIN'] },
  Program: { scope: 'program', roles: PROGRAM_ROLES },
  StaffMember: { scope: 'program', roles: PROGRAM_ROLES },
  GroupSession: { scope: 'program', roles: PROGRAM_ROLES },
  GroupSchedule: { scope: 'program', roles: PROGRAM_ROLES },
  AuditEvent: { scope: 'program', roles: ADMINS },
  Webhook: { scope: 'program', roles: ADMINS },
  WebhookDelivery: { scope: 'program', roles: ADMINS },
  WebhookAttempt: { scope: 'program', roles: ADMINS },
  Notification: { scope: 'owner' },
} satisfies Record<string, NodeRule>;

export type NodeType = keyof typeof NODE_RULES;
export const NODE_TYPES = Object.keys(NODE_RULES) as NodeType[];
