import { Injectable } from '@nestjs/common';
import { type CareTeamRole, PrismaService } from '@oneplan/prisma';

/** An open plan with what every sweep needs: its patient, program time zone and care team today. */
export interface OpenPlan {
  planId: string;
  patientId: string;
  programId: string;
  timeZone: string;
  firstName: string;
  lastName: string;
  recordNumber: string;
  nextReviewDate: Date;
  episodeStart: Date;
  team: Array<{ staffId: string; role: CareTeamRole }>;
}

export interface TriggerDateRow { id: string; planId: string; date: Date; recursAnnually: boolean; leadTimeDays: number }
export interface ObjectiveRow { id: string; planId: string; ownerId: string; targetDate: Date }
export interface SessionRow { id: string; planId: string; therapistId: string; scheduledStart: Date }
export interface ConsentRow { id: string; patientId: string; expiresOn: Date }
export interface RecentGroupRow { patientId: string; groupSessionId: string; facilitatorId: string; startsAt: Date; status: string | null }

/** What the reminder sweeps read: everything in one statement per kind, for all programs at once. */
@Injectable()
export class SweepsRepository {
  constructor(private readonly prisma: PrismaService) {}

  openPlans(): Promise<OpenPlan[]> {
    return this.prisma.$queryRaw<OpenPlan[]>`
      SELECT p."id" AS "planId", e."patientId", pr."id" AS "programId", pr."timeZone", pa."firstName", pa."lastName", pa."recordNumber",
             p."nextReviewDate", e."startDate" AS "episodeStart",
             COALESCE((SELECT json_agg(json_build_object('staffId', m."staffId", 'role', m."role"))
                       FROM "CareTeamMember" m
                       WHERE m."episodeId" = e."id" AND m."removedAt" IS NULL
                         AND m."fromDate" <= (now() AT TIME ZONE pr."timeZone")::date
                         AND (m."toDate" IS NULL OR m."toDate" >= (now() AT TIME ZONE pr."timeZone")::date)), '[]') AS "team"
      FROM "TreatmentPlan" p JOIN "Episode" e ON e."id" = p."episodeId" JOIN "Patient" pa ON pa."id" = e."patientId" JOIN "Program" pr ON pr."id" = e."programId"
      WHERE p."status" <> 'CLOSED' AND e."status" = 'OPEN'`;
  }

  /** Active program admins by program. */
  async adminsByProgram(): Promise<Map<string, string[]>> {
    const rows = await this.prisma.staffMember.findMany({ where: { discipline: 'PROGRAM_ADMIN', active: true }, select: { id: true, programId: true } });
    const admins = new Map<string, string[]>();
    for (const row of rows) admins.set(row.programId, [...(admins.get(row.programId) ?? []), row.id]);
    return admins;
  }

  triggerDates(planIds: string[]): Promise<TriggerDateRow[]> {
    return this.prisma.triggerDate.findMany({ where: { planId: { in: planIds } }, select: { id: true, planId: true, date: true, recursAnnually: true, leadTimeDays: true } });
  }

  /** Objectives not yet achieved whose target date falls in the window, with their goal's owner. */
  async objectivesDueBetween(planIds: string[], from: Date, to: Date): Promise<ObjectiveRow[]> {
    const rows = await this.prisma.objective.findMany({
      where: { achieved: false, targetDate: { gte: from, lte: to }, goal: { planId: { in: planIds } } },
      select: { id: true, targetDate: true, goal: { select: { planId: true, ownerId: true } } },
    });
    return rows.map((row) => ({ id: row.id, targetDate: row.targetDate, planId: row.goal.planId, ownerId: row.goal.ownerId }));
  }

  sessionsStartingBetween(planIds: string[], from: Date, to: Date): Promise<SessionRow[]> {
    return this.prisma.individualSession.findMany({
      where: { planId: { in: planIds }, status: 'SCHEDULED', scheduledStart: { gte: from, lt: to } },
      select: { id: true, planId: true, therapistId: true, scheduledStart: true },
    });
  }

  consentsExpiringBetween(patientIds: string[], from: Date, to: Date): Promise<ConsentRow[]> {
    return this.prisma.consent.findMany({ where: { patientId: { in: patientIds }, revokedAt: null, expiresOn: { gte: from, lte: to } }, select: { id: true, patientId: true, expiresOn: true } });
  }

  /**
   * For each patient in an open episode, the two most recent groups of their program that have ended
   * (since admission), with the patient's attendance at each (null when none was recorded).
   */
  lastTwoGroups(now: Date): Promise<RecentGroupRow[]> {
    return this.prisma.$queryRaw<RecentGroupRow[]>`
      SELECT r."patientId", r."groupSessionId", r."facilitatorId", r."startsAt", a."status"::text AS "status"
      FROM (
        SELECT e."patientId", g."id" AS "groupSessionId", g."facilitatorId", g."startsAt",
               row_number() OVER (PARTITION BY e."patientId" ORDER BY g."startsAt" DESC, g."id" DESC) AS "rank"
        FROM "Episode" e JOIN "GroupSession" g ON g."programId" = e."programId"
        WHERE e."status" = 'OPEN' AND g."endsAt" <= ${now} AND g."startsAt" >= e."startDate"
      ) r
      LEFT JOIN "GroupAttendance" a ON a."groupSessionId" = r."groupSessionId" AND a."patientId" = r."patientId"
      WHERE r."rank" <= 2`;
  }
}
