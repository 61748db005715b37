import { Injectable } from '@nestjs/common';
import { activeStaffOf, type TokenIdentity } from '@oneplan/auth';
import type { Actor, PageWindow } from '@oneplan/graphql';
import { type BreakGlassAccessRow, byTime, type CareTeamRole, Prisma, PrismaService, type Tx, isAnyOf } from '@oneplan/prisma';
import type { PatientTargetKind, ProgramTargetKind } from './access-rules.js';
import { membershipInForce, programToday } from './care-team-in-force.js';
import type { NodeType } from './node-rules.js';
import type { ReferenceKind } from './references.js';
import { taskPatients } from './task-patients.js';

/** How the acting staff member stands towards the patient a record belongs to. */
export interface Standing {
  targetId: string;
  patientId: string;
  programId: string;
  /** Author of a clinical note (for notes), else null. */
  ownerId: string | null;
  teamRoles: CareTeamRole[];
  breakGlass: boolean;
}

export interface ProgramTarget {
  targetId: string;
  /** Null for an organization admin's staff record. */
  programId: string | null;
  organizationId: string;
  /** The staff member a staff record is, or a group's (lead) facilitator. */
  ownerId: string | null;
  /** A group's other facilitators (a recurring group's second and further). */
  coFacilitatorIds?: string[];
}

/** A record named by id, with the patient, program and staff member it belongs to and how the actor stands towards its patient. */
export interface NodeTarget {
  id: string;
  type: NodeType;
  patientId: string | null;
  programId: string | null;
  organizationId: string | null;
  /** The staff member a record is of or by (a note's author, a notification's recipient, an audit event's actor). */
  ownerId: string | null;
  /** A record only its owner reads (an SUD counseling note). */
  private: boolean;
  teamRoles: CareTeamRole[];
  breakGlass: boolean;
}

const { sql } = Prisma;

/** Emergency accesses, newest first. */
export const EMERGENCY_ACCESS_ORDER = byTime<BreakGlassAccessRow>('grantedAt', true);

/**
 * How a staff member stands towards the patient in `patient` (a column) today in the program's time zone
 * (`timeZone`): the roles they hold on the care team in force, and whether they hold an unexpired
 * emergency access.
 */
function standingColumns(patient: string, timeZone: string, staff: Prisma.Sql) {
  return sql`ARRAY(
      SELECT DISTINCT m."role"::text FROM "CareTeamMember" m JOIN "Episode" e ON e."id" = m."episodeId"
      WHERE e."patientId" = ${Prisma.raw(patient)} AND m."staffId" = ${staff} AND ${membershipInForce('m', programToday(timeZone))}
    ) AS "teamRoles",
    EXISTS (
      SELECT 1 FROM "BreakGlassAccess" b
      WHERE b."patientId" = ${Prisma.raw(patient)} AND b."staffId" = ${staff} AND b."expiresAt" > (now() AT TIME ZONE 'UTC')
    ) AS "breakGlass"`;
}

/** A staff member's id as a parameter. */
const staffParameter = (staffId: string) => sql`${staffId}::uuid`;

/** Each node type's rows by id: (id, type, patientId, programId, ownerId, private). */
const viaPlan =
  (type: NodeType, table: string, owner = 'NULL::uuid', isPrivate = 'false') =>
  (ids: string[]) =>
    sql`SELECT x."id", ${type}::text AS "type", e."patientId", NULL::uuid AS "programId", NULL::uuid AS "organizationId", ${Prisma.raw(owner)} AS "ownerId", ${Prisma.raw(isPrivate)} AS "private"
    FROM ${Prisma.raw(`"${table}"`)} x JOIN "TreatmentPlan" p ON p."id" = x."planId" JOIN "Episode" e ON e."id" = p."episodeId" WHERE x."id" ${isAnyOf(ids)}`;
const viaGoal = (type: NodeType, table: string) => (ids: string[]) =>
  sql`SELECT x."id", ${type}::text AS "type", e."patientId", NULL::uuid AS "programId", NULL::uuid AS "organizationId", NULL::uuid AS "ownerId", false AS "private"
    FROM ${Prisma.raw(`"${table}"`)} x JOIN "Goal" g ON g."id" = x."goalId" JOIN "TreatmentPlan" p ON p."id" = g."planId" JOIN "Episode" e ON e."id" = p."episodeId" WHERE x."id" ${isAnyOf(ids)}`;
const ofPatient =
  (type: NodeType, table: string, patient = 'x."patientId"') =>
  (ids: string[]) =>
    sql`SELECT x."id", ${type}::text AS "type", ${Prisma.raw(patient)} AS "patientId", NULL::uuid AS "programId", NULL::uuid AS "organizationId", NULL::uuid AS "ownerId", false AS "private" FROM ${Prisma.raw(`"${table}"`)} x WHERE x."id" ${isAnyOf(ids)}`;
/** `organization`: for a record of no program (an organization admin's), the organization it belongs to. */
const ofProgram =
  (type: NodeType, from: string, program: string, owner = 'NULL::uuid', organization = 'NULL::uuid') =>
  (ids: string[]) =>
    sql`SELECT x."id", ${type}::text AS "type", NULL::uuid AS "patientId", ${Prisma.raw(program)} AS "programId", ${Prisma.raw(organization)} AS "organizationId", ${Prisma.raw(owner)} AS "ownerId", false AS "private" FROM ${Prisma.raw(from)} WHERE x."id" ${isAnyOf(ids)}`;

const NODE_SOURCES: Record<NodeType, (ids: string[]) => Prisma.Sql> = {
  Patient: ofPatient('Patient', 'Patient', 'x."id"'),
  Episode: ofPatient('Episode', 'Episode'),
  CareTeamMember: (ids) => sql`SELECT x."id", 'CareTeamMember'::text AS "type", e."patientId", NULL::uuid AS "programId", NULL::uuid AS "organizationId", x."staffId" AS "ownerId", false AS "private"
    FROM "CareTeamMember" x JOIN "Episode" e ON e."id" = x."episodeId" WHERE x."id" ${isAnyOf(ids)}`,
  TreatmentPlan: (ids) => sql`SELECT x."id", 'TreatmentPlan'::text AS "type", e."patientId", NULL::uuid AS "programId", NULL::uuid AS "organizationId", NULL::uuid AS "ownerId", false AS "private"
    FROM "TreatmentPlan" x JOIN "Episode" e ON e."id" = x."episodeId" WHERE x."id" ${isAnyOf(ids)}`,
  Problem: viaPlan('Problem', 'Problem'),
  TriggerDate: viaPlan('TriggerDate', 'TriggerDate'),
  SafetyPlan: viaPlan('SafetyPlan', 'SafetyPlan'),
  Goal: viaPlan('Goal', 'Goal'),
  Objective: viaGoal('Objective', 'Objective'),
  Intervention: viaGoal('Intervention', 'Intervention'),
  ClinicalNote: viaPlan('ClinicalNote', 'ClinicalNote', 'x."authorId"', 'x."sudCounseling"'),
  OutcomeMeasure: viaPlan('OutcomeMeasure', 'OutcomeMeasure'),
  Task: (ids) =>
    sql`SELECT t."id", 'Task'::text AS "type", t."patientId", NULL::uuid AS "programId", NULL::uuid AS "organizationId", NULL::uuid AS "ownerId", false AS "private" FROM (${taskPatients(ids)}) t`,
  GroupAttendance: ofPatient('GroupAttendance', 'GroupAttendance'),
  IndividualSession: viaPlan('IndividualSession', 'IndividualSession'),
  MedicationChange: viaPlan('MedicationChange', 'MedicationChange'),
  LevelOfCareChange: viaPlan('LevelOfCareChange', 'LevelOfCareChange'),
  PhaseChange: viaPlan('PhaseChange', 'PhaseChange'),
  PlanRevision: viaPlan('PlanRevision', 'PlanRevision'),
  Consent: ofPatient('Consent', 'Consent'),
  Disclosure: ofPatient('Disclosure', 'Disclosure'),
  EmergencyAccess: ofPatient('EmergencyAccess', 'BreakGlassAccess'),
  Program: ofProgram('Program', '"Program" x', 'x."id"'),
  StaffMember: ofProgram('StaffMember', '"StaffMember" x', 'x."programId"', 'x."id"', 'x."organizationId"'),
  GroupSession: ofProgram('GroupSession', '"GroupSession" x', 'x."programId"', 'x."facilitatorId"'),
  GroupSchedule: ofProgram('GroupSchedule', '"GroupSchedule" x', 'x."programId"'),
  GroupEnrollment: ofPatient('GroupEnrollment', 'GroupEnrollment'),
  Support: ofPatient('Support', 'Support'),
  AuditEvent: ofProgram(
    'AuditEvent',
    '"AuditEvent" x LEFT JOIN "Patient" ap ON ap."id" = x."patientId" LEFT JOIN "StaffMember" sm ON sm."id" = x."staffId"',
    'COALESCE(ap."programId", sm."programId")',
    'x."staffId"',
    'sm."organizationId"',
  ),
  Webhook: ofProgram('Webhook', '"Webhook" x', 'x."programId"'),
  WebhookDelivery: ofProgram('WebhookDelivery', '"WebhookDelivery" x JOIN "Webhook" w ON w."id" = x."webhookId"', 'w."programId"'),
  WebhookAttempt: ofProgram('WebhookAttempt', '"WebhookAttempt" x JOIN "WebhookDelivery" d ON d."id" = x."deliveryId" JOIN "Webhook" w ON w."id" = d."webhookId"', 'w."programId"'),
  Notification: (ids) => sql`SELECT x."id", 'Notification'::text AS "type", x."patientId", rs."programId", rs."organizationId", x."recipientId" AS "ownerId", false AS "private"
    FROM "Notification" x JOIN "StaffMember" rs ON rs."id" = x."recipientId" WHERE x."id" ${isAnyOf(ids)}`,
};

/** Via the plan a record hangs from, to the episode and so the patient. */
const underPlan =
  (table: string, owner = 'NULL::uuid') =>
  (ids: string[]) => sql`SELECT x."id" AS "targetId", e."patientId", ${Prisma.raw(owner)} AS "ownerId"
    FROM ${Prisma.raw(`"${table}"`)} x JOIN "TreatmentPlan" p ON p."id" = x."planId" JOIN "Episode" e ON e."id" = p."episodeId"
    WHERE x."id" ${isAnyOf(ids)}`;

const PATIENT_TARGETS: Record<PatientTargetKind, (ids: string[]) => Prisma.Sql> = {
  patient: (ids) => sql`SELECT "id" AS "targetId", "id" AS "patientId", NULL::uuid AS "ownerId" FROM "Patient" WHERE "id" ${isAnyOf(ids)}`,
  episode: (ids) => sql`SELECT "id" AS "targetId", "patientId", NULL::uuid AS "ownerId" FROM "Episode" WHERE "id" ${isAnyOf(ids)}`,
  plan: (ids) => sql`SELECT p."id" AS "targetId", e."patientId", NULL::uuid AS "ownerId"
    FROM "TreatmentPlan" p JOIN "Episode" e ON e."id" = p."episodeId" WHERE p."id" ${isAnyOf(ids)}`,
  problem: underPlan('Problem'),
  goal: underPlan('Goal'),
  task: (ids) => sql`SELECT t."id" AS "targetId", t."patientId", NULL::uuid AS "ownerId" FROM (${taskPatients(ids)}) t`,
  individualSession: underPlan('IndividualSession'),
  medicationChange: underPlan('MedicationChange'),
  clinicalNote: underPlan('ClinicalNote', 'x."authorId"'),
  objective: (ids) => sql`SELECT o."id" AS "targetId", e."patientId", NULL::uuid AS "ownerId"
    FROM "Objective" o JOIN "Goal" g ON g."id" = o."goalId" JOIN "TreatmentPlan" p ON p."id" = g."planId" JOIN "Episode" e ON e."id" = p."episodeId"
    WHERE o."id" ${isAnyOf(ids)}`,
  membership: (ids) => sql`SELECT m."id" AS "targetId", e."patientId", NULL::uuid AS "ownerId"
    FROM "CareTeamMember" m JOIN "Episode" e ON e."id" = m."episodeId" WHERE m."id" ${isAnyOf(ids)}`,
  consent: (ids) => sql`SELECT "id" AS "targetId", "patientId", NULL::uuid AS "ownerId" FROM "Consent" WHERE "id" ${isAnyOf(ids)}`,
  importedItem: underPlan('ImportedItem'),
  groupEnrollment: underPlan('GroupEnrollment'),
  support: (ids) => sql`SELECT "id" AS "targetId", "patientId", NULL::uuid AS "ownerId" FROM "Support" WHERE "id" ${isAnyOf(ids)}`,
};

const PROGRAM_TARGETS: Record<ProgramTargetKind, (ids: string[]) => Prisma.Sql> = {
  program: (ids) => sql`SELECT "id" AS "targetId", "id" AS "programId", "organizationId", NULL::uuid AS "ownerId" FROM "Program" WHERE "id" ${isAnyOf(ids)}`,
  staff: (ids) => sql`SELECT s."id" AS "targetId", s."programId", COALESCE(s."organizationId", p."organizationId") AS "organizationId", s."id" AS "ownerId"
    FROM "StaffMember" s LEFT JOIN "Program" p ON p."id" = s."programId" WHERE s."id" ${isAnyOf(ids)}`,
  groupSession: (ids) => sql`SELECT g."id" AS "targetId", g."programId", p."organizationId", g."facilitatorId" AS "ownerId", g."coFacilitatorIds"
    FROM "GroupSession" g JOIN "Program" p ON p."id" = g."programId" WHERE g."id" ${isAnyOf(ids)}`,
  groupSchedule: (ids) => sql`SELECT s."id" AS "targetId", s."programId", p."organizationId", NULL::uuid AS "ownerId"
    FROM "GroupSchedule" s JOIN "Program" p ON p."id" = s."programId" WHERE s."id" ${isAnyOf(ids)}`,
  planTemplate: (ids) => sql`SELECT t."id" AS "targetId", t."programId", p."organizationId", NULL::uuid AS "ownerId"
    FROM "PlanTemplate" t JOIN "Program" p ON p."id" = t."programId" WHERE t."id" ${isAnyOf(ids)}`,
  intakeAssessment: (ids) => sql`SELECT a."id" AS "targetId", a."programId", p."organizationId", a."assessedById" AS "ownerId"
    FROM "IntakeAssessment" a JOIN "Program" p ON p."id" = a."programId" WHERE a."id" ${isAnyOf(ids)}`,
};

/** How `staff` (an SQL expression) stands towards the patients of the named records of a kind. */
function standingsOf(kind: PatientTargetKind, ids: string[], staff: Prisma.Sql): Prisma.Sql {
  return sql`
    WITH target AS (${PATIENT_TARGETS[kind](ids)})
    SELECT t."targetId", t."patientId", t."ownerId", pa."programId", ${standingColumns('pa."id"', 'pr."timeZone"', staff)}
    FROM target t JOIN "Patient" pa ON pa."id" = t."patientId" JOIN "Program" pr ON pr."id" = pa."programId"`;
}

@Injectable()
export class AccessRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * For each named record: its patient, and the staff member's roles on that patient's care team today
   * (in the program's time zone, memberships not removed) and whether they hold an unexpired emergency
   * access. One statement whatever the kind.
   */
  standings(kind: PatientTargetKind, ids: string[], staffId: string): Promise<Standing[]> {
    return this.prisma.read<Standing>(standingsOf(kind, ids, staffParameter(staffId)));
  }

  /**
   * As standings, for a request not signed in yet: the active staff member its verified identity names
   * (`actor`, null when there is none) read in the same statement, which saves each patient operation a
   * round trip. No standings without an actor.
   */
  async standingsSigningIn(kind: PatientTargetKind, ids: string[], identity: TokenIdentity): Promise<{ actor: Actor | null; standings: Standing[] }> {
    const rows = await this.prisma.read<{ actor: Actor } & (Standing | { [K in keyof Standing]: null })>(Prisma.sql`
      WITH actor AS (${activeStaffOf(identity)})
      SELECT row_to_json(a) AS "actor", s.* FROM actor a LEFT JOIN LATERAL (${standingsOf(kind, ids, sql`a."staffId"`)}) s ON true`);
    return { actor: rows[0]?.actor ?? null, standings: rows.filter((row): row is { actor: Actor } & Standing => row.targetId !== null).map(({ actor: _actor, ...standing }) => standing) };
  }

  /** What each id names, whatever its type, and how the staff member stands towards its patient: one statement. */
  nodeTargets(ids: string[], staffId: string): Promise<NodeTarget[]> {
    const sources = Prisma.join(
      Object.values(NODE_SOURCES).map((source) => source(ids)),
      ' UNION ALL ',
    );
    return this.prisma.read<NodeTarget>(Prisma.sql`
      WITH target AS (${sources})
      SELECT t."id", t."type", t."patientId", COALESCE(t."programId", pa."programId") AS "programId", COALESCE(tp."organizationId", pr."organizationId", t."organizationId") AS "organizationId",
        t."ownerId", t."private", ${standingColumns('t."patientId"', 'COALESCE(pr."timeZone", \'UTC\')', staffParameter(staffId))}
      FROM target t LEFT JOIN "Patient" pa ON pa."id" = t."patientId" LEFT JOIN "Program" pr ON pr."id" = pa."programId" LEFT JOIN "Program" tp ON tp."id" = t."programId"`);
  }

  /** For each named record: the patient (if any), program and owner it belongs to; one statement. */
  async owners(kind: Exclude<ReferenceKind, 'inbox'>, ids: string[]): Promise<Map<string, { patientId: string | null; programId: string | null; ownerId: string | null }>> {
    const query =
      kind in PROGRAM_TARGETS
        ? sql`SELECT t.*, NULL::uuid AS "patientId" FROM (${PROGRAM_TARGETS[kind as ProgramTargetKind](ids)}) t`
        : sql`SELECT t.*, pa."programId" FROM (${PATIENT_TARGETS[kind as PatientTargetKind](ids)}) t JOIN "Patient" pa ON pa."id" = t."patientId"`;
    const rows = await this.prisma.read<{ targetId: string; patientId: string | null; programId: string | null; ownerId: string | null }>(query);
    return new Map(rows.map(({ targetId, ...owner }) => [targetId, owner]));
  }

  programTargets(kind: ProgramTargetKind, ids: string[]): Promise<ProgramTarget[]> {
    return this.prisma.read<ProgramTarget>(PROGRAM_TARGETS[kind](ids));
  }

  /** A program record (see programTargets) and the staff member's standings towards patients it names: one statement. */
  async programTargetWithStandings(kind: ProgramTargetKind, id: string, patientIds: string[], staffId: string): Promise<{ target: ProgramTarget | null; standings: Standing[] }> {
    const [row] = await this.prisma.read<{ target: ProgramTarget | null; standings: Standing[] | null }>(sql`
      SELECT (SELECT row_to_json(t) FROM (${PROGRAM_TARGETS[kind]([id])}) t) AS "target",
        (SELECT json_agg(s) FROM (${standingsOf('patient', patientIds, staffParameter(staffId))}) s) AS "standings"`);
    return { target: row.target, standings: row.standings ?? [] };
  }

  async isActive(staffId: string): Promise<boolean> {
    return (await this.prisma.staffMember.count({ where: { id: staffId, active: true } })) === 1;
  }

  grantEmergencyAccess(tx: Tx, data: { patientId: string; staffId: string; reason: string; expiresAt: Date }): Promise<BreakGlassAccessRow> {
    return tx.breakGlassAccess.create({ data });
  }

  emergencyAccessesPage(patientId: string, window: PageWindow): Promise<BreakGlassAccessRow[]> {
    return this.prisma.pageWhere('BreakGlassAccess', 'patientId', patientId, EMERGENCY_ACCESS_ORDER, window);
  }

  countEmergencyAccesses(patientId: string): Promise<number> {
    return this.prisma.countWhere('BreakGlassAccess', 'patientId', patientId);
  }

  emergencyAccessesByIds(ids: string[]): Promise<BreakGlassAccessRow[]> {
    return this.prisma.rowsWhereIn<BreakGlassAccessRow>('BreakGlassAccess', 'id', ids);
  }
}
