import { membershipInForce, programToday } from '@oneplan/access';
import { Prisma } from '@oneplan/prisma';

/**
 * SQL shared by the reminder reads: a plan with its episode (e), patient (pa) and program (pr), and the
 * episode's care team in force today in the program's time zone, as JSON [{ staffId, role }].
 */
export const PLAN_WITH_PATIENT = Prisma.sql`"TreatmentPlan" p JOIN "Episode" e ON e."id" = p."episodeId" JOIN "Patient" pa ON pa."id" = e."patientId" JOIN "Program" pr ON pr."id" = e."programId"`;

/** Who is told: the same care team in force that decides who may see the patient (libs/access). */
export const TEAM_IN_FORCE = Prisma.sql`COALESCE((SELECT json_agg(json_build_object('staffId', m."staffId", 'role', m."role"))
  FROM "CareTeamMember" m
  WHERE m."episodeId" = e."id" AND ${membershipInForce('m', programToday('pr."timeZone"'))}), '[]')`;
