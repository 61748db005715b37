import { Injectable } from '@nestjs/common';
import { type BreakGlassAccessRow, type CareTeamRole, Prisma, PrismaService, type Tx } from '@oneplan/prisma';
import type { PatientTargetKind, ProgramTargetKind } from './access-rules.js';

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
  programId: string;
  /** The staff member a staff record is, or a group's facilitator. */
  ownerId: string | null;
}

const { sql } = Prisma;

/** Via the plan a record hangs from, to the episode and so the patient. */
const underPlan = (table: string, owner = 'NULL::uuid') =>
  (ids: string[]) => sql`SELECT x."id" AS "targetId", e."patientId", ${Prisma.raw(owner)} AS "ownerId"
    FROM ${Prisma.raw(`"${table}"`)} x JOIN "TreatmentPlan" p ON p."id" = x."planId" JOIN "Episode" e ON e."id" = p."episodeId"
    WHERE x."id" = ANY(${ids}::uuid[])`;

const PATIENT_TARGETS: Record<PatientTargetKind, (ids: string[]) => Prisma.Sql> = {
  patient: (ids) => sql`SELECT "id" AS "targetId", "id" AS "patientId", NULL::uuid AS "ownerId" FROM "Patient" WHERE "id" = ANY(${ids}::uuid[])`,
  episode: (ids) => sql`SELECT "id" AS "targetId", "patientId", NULL::uuid AS "ownerId" FROM "Episode" WHERE "id" = ANY(${ids}::uuid[])`,
  plan: (ids) => sql`SELECT p."id" AS "targetId", e."patientId", NULL::uuid AS "ownerId"
    FROM "TreatmentPlan" p JOIN "Episode" e ON e."id" = p."episodeId" WHERE p."id" = ANY(${ids}::uuid[])`,
  problem: underPlan('Problem'),
  goal: underPlan('Goal'),
  task: underPlan('Task'),
  individualSession: underPlan('IndividualSession'),
  clinicalNote: underPlan('ClinicalNote', 'x."authorId"'),
  objective: (ids) => sql`SELECT o."id" AS "targetId", e."patientId", NULL::uuid AS "ownerId"
    FROM "Objective" o JOIN "Goal" g ON g."id" = o."goalId" JOIN "TreatmentPlan" p ON p."id" = g."planId" JOIN "Episode" e ON e."id" = p."episodeId"
    WHERE o."id" = ANY(${ids}::uuid[])`,
  membership: (ids) => sql`SELECT m."id" AS "targetId", e."patientId", NULL::uuid AS "ownerId"
    FROM "CareTeamMember" m JOIN "Episode" e ON e."id" = m."episodeId" WHERE m."id" = ANY(${ids}::uuid[])`,
  consent: (ids) => sql`SELECT "id" AS "targetId", "patientId", NULL::uuid AS "ownerId" FROM "Consent" WHERE "id" = ANY(${ids}::uuid[])`,
};

const PROGRAM_TARGETS: Record<ProgramTargetKind, (ids: string[]) => Prisma.Sql> = {
  program: (ids) => sql`SELECT "id" AS "targetId", "id" AS "programId", NULL::uuid AS "ownerId" FROM "Program" WHERE "id" = ANY(${ids}::uuid[])`,
  staff: (ids) => sql`SELECT "id" AS "targetId", "programId", "id" AS "ownerId" FROM "StaffMember" WHERE "id" = ANY(${ids}::uuid[])`,
  groupSession: (ids) => sql`SELECT "id" AS "targetId", "programId", "facilitatorId" AS "ownerId" FROM "GroupSession" WHERE "id" = ANY(${ids}::uuid[])`,
};

@Injectable()
export class AccessRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * For each named record: its patient, and the staff member's roles on that patient's care team today
   * (in the program's time zone, memberships not removed) and whether they hold an unexpired emergency
   * access. One statement whatever the kind.
   */
  standings(kind: PatientTargetKind, ids: string[], staffId: string): Promise<Standing[]> {
    return this.prisma.$queryRaw<Standing[]>`
      WITH target AS (${PATIENT_TARGETS[kind](ids)})
      SELECT t."targetId", t."patientId", t."ownerId", pa."programId",
        ARRAY(
          SELECT DISTINCT m."role"::text FROM "CareTeamMember" m JOIN "Episode" e ON e."id" = m."episodeId"
          WHERE e."patientId" = pa."id" AND m."staffId" = ${staffId}::uuid AND m."removedAt" IS NULL
            AND m."fromDate" <= (now() AT TIME ZONE pr."timeZone")::date
            AND (m."toDate" IS NULL OR m."toDate" >= (now() AT TIME ZONE pr."timeZone")::date)
        ) AS "teamRoles",
        EXISTS (
          SELECT 1 FROM "BreakGlassAccess" b
          WHERE b."patientId" = pa."id" AND b."staffId" = ${staffId}::uuid AND b."expiresAt" > (now() AT TIME ZONE 'UTC')
        ) AS "breakGlass"
      FROM target t JOIN "Patient" pa ON pa."id" = t."patientId" JOIN "Program" pr ON pr."id" = pa."programId"`;
  }

  programTargets(kind: ProgramTargetKind, ids: string[]): Promise<ProgramTarget[]> {
    return this.prisma.$queryRaw<ProgramTarget[]>(PROGRAM_TARGETS[kind](ids));
  }

  async isActive(staffId: string): Promise<boolean> {
    return (await this.prisma.staffMember.count({ where: { id: staffId, active: true } })) === 1;
  }

  grantEmergencyAccess(tx: Tx, data: { patientId: string; staffId: string; reason: string; expiresAt: Date }): Promise<BreakGlassAccessRow> {
    return tx.breakGlassAccess.create({ data });
  }

  emergencyAccessesOf(patientId: string): Promise<BreakGlassAccessRow[]> {
    return this.prisma.breakGlassAccess.findMany({ where: { patientId }, orderBy: [{ grantedAt: 'desc' }, { id: 'desc' }] });
  }
}
