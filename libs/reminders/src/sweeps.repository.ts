import { Injectable } from '@nestjs/common';
import { type CareDelivered, careDeliveredSql } from '@oneplan/attendance';
import type { MeasureDue } from '@oneplan/care-team';
import { openTasksOf } from '@oneplan/plan';
import { type LevelOfCare, Prisma, PrismaService } from '@oneplan/prisma';
import type { TeamMember } from './care-team-members.js';
import type { IdRange } from './sweep-runs.repository.js';
import { PLAN_WITH_PATIENT, TEAM_IN_FORCE } from './plan-sql.js';

/** An open plan with what every sweep needs: its patient, program time zone and care team today. */
export interface OpenPlan {
  planId: string;
  patientId: string;
  programId: string;
  timeZone: string;
  firstName: string;
  lastName: string;
  recordNumber: string;
  levelOfCare: LevelOfCare;
  nextReviewDate: Date;
  episodeStart: Date;
  /** Measure days the plan sets over its program's (from a template), or null. */
  measureSchedule: MeasureDue[] | null;
  team: TeamMember[];
}

export interface TriggerDateRow {
  id: string;
  planId: string;
  date: Date;
  recursAnnually: boolean;
  leadTimeDays: number;
}
export interface ObjectiveRow {
  id: string;
  planId: string;
  ownerId: string;
  targetDate: Date;
}
export interface SessionRow {
  id: string;
  planId: string;
  therapistId: string;
  scheduledStart: Date;
}
export interface ConsentRow {
  id: string;
  patientId: string;
  expiresOn: Date;
}
export interface AgendaStaff {
  staffId: string;
  programId: string;
  timeZone: string;
  agendaTime: string;
}
export interface RecentGroupRow {
  patientId: string;
  groupSessionId: string;
  facilitatorId: string;
  startsAt: Date;
  status: string | null;
}

/** Ids in a range, as SQL a range scan of the index can serve (a null bound adds no condition). */
function inRange(column: Prisma.Sql, { afterId, throughId }: IdRange): Prisma.Sql {
  const bounds = [Prisma.sql`TRUE`];
  if (afterId) bounds.push(Prisma.sql`${column} > ${afterId}::uuid`);
  if (throughId) bounds.push(Prisma.sql`${column} <= ${throughId}::uuid`);
  return Prisma.join(bounds, ' AND ');
}

/** What the reminder sweeps read: one statement per kind for a batch of plans (or staff). */
@Injectable()
export class SweepsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The open plans in a range of plan ids. */
  openPlans(range: IdRange): Promise<OpenPlan[]> {
    return this.prisma.readBatch<OpenPlan>(Prisma.sql`
      SELECT p."id" AS "planId", e."patientId", pr."id" AS "programId", pr."timeZone", pa."firstName", pa."lastName", pa."recordNumber",
             p."levelOfCare"::text AS "levelOfCare", p."nextReviewDate", e."startDate" AS "episodeStart", p."measureSchedule",
             ${TEAM_IN_FORCE} AS "team"
      FROM ${PLAN_WITH_PATIENT}
      WHERE p."status" <> 'CLOSED' AND e."status" = 'OPEN' AND ${inRange(Prisma.sql`p."id"`, range)}
      ORDER BY p."id"`);
  }

  /** Active program admins of the programs, by program. */
  async adminsByProgram(programIds: string[]): Promise<Map<string, string[]>> {
    const rows = await this.prisma.staffMember.findMany({ where: { discipline: 'PROGRAM_ADMIN', active: true, programId: { in: programIds } }, select: { id: true, programId: true } });
    const admins = new Map<string, string[]>();
    for (const { id, programId } of rows) admins.set(programId!, [...(admins.get(programId!) ?? []), id]);
    return admins;
  }

  triggerDates(planIds: string[]): Promise<TriggerDateRow[]> {
    return this.prisma.readBatch<TriggerDateRow>(Prisma.sql`
      SELECT "id", "planId", "date", "recursAnnually", "leadTimeDays" FROM "TriggerDate" WHERE "planId" = ANY(${planIds}::uuid[])`);
  }

  /** Objectives not yet achieved whose target date falls in the window, with their goal's owner. */
  objectivesDueBetween(planIds: string[], from: Date, to: Date): Promise<ObjectiveRow[]> {
    return this.prisma.readBatch<ObjectiveRow>(Prisma.sql`
      SELECT o."id", o."targetDate", g."planId", g."ownerId" FROM "Objective" o JOIN "Goal" g ON g."id" = o."goalId"
      WHERE g."planId" = ANY(${planIds}::uuid[]) AND NOT o."achieved" AND o."targetDate" BETWEEN ${from}::date AND ${to}::date`);
  }

  sessionsStartingBetween(planIds: string[], from: Date, to: Date): Promise<SessionRow[]> {
    return this.prisma.readBatch<SessionRow>(Prisma.sql`
      SELECT "id", "planId", "therapistId", "scheduledStart" FROM "IndividualSession"
      WHERE "planId" = ANY(${planIds}::uuid[]) AND "status" = 'SCHEDULED' AND "scheduledStart" >= ${from} AND "scheduledStart" < ${to}`);
  }

  consentsExpiringBetween(patientIds: string[], from: Date, to: Date): Promise<ConsentRow[]> {
    return this.prisma.readBatch<ConsentRow>(Prisma.sql`
      SELECT "id", "patientId", "expiresOn" FROM "Consent"
      WHERE "patientId" = ANY(${patientIds}::uuid[]) AND "revokedAt" IS NULL AND "expiresOn" >= ${from}::timestamp AND "expiresOn" <= ${to}::timestamp`);
  }

  /** Programs' own measure schedules, by program. */
  async measureSchedules(): Promise<Map<string, MeasureDue[]>> {
    const rows = await this.prisma.measureSchedule.findMany({ select: { programId: true, type: true, everyDays: true } });
    const byProgram = new Map<string, MeasureDue[]>();
    for (const { programId, ...entry } of rows) byProgram.set(programId, [...(byProgram.get(programId) ?? []), entry]);
    return byProgram;
  }

  /** When each measure was last given, by plan and type ("planId:type"). */
  async lastMeasures(planIds: string[]): Promise<Map<string, Date>> {
    const rows = await this.prisma.readBatch<{ key: string; at: Date }>(Prisma.sql`
      SELECT "planId" || ':' || "type" AS "key", max("administeredAt") AS "at" FROM "OutcomeMeasure" WHERE "planId" = ANY(${planIds}::uuid[]) GROUP BY "planId", "type"`);
    return new Map(rows.map((row) => [row.key, row.at]));
  }

  /** The care the plans delivered in [since, until): groups attended during their episodes and completed sessions. */
  careDeliveredBetween(planIds: string[], since: Date, until: Date): Promise<CareDelivered[]> {
    return this.prisma.readBatch<CareDelivered>(careDeliveredSql(planIds, since, until));
  }

  /** Active program staff in a range of ids, who may get an agenda, with their program's calendar (organization admins have none). */
  async agendaStaff(range: IdRange): Promise<AgendaStaff[]> {
    const id = { ...(range.afterId ? { gt: range.afterId } : {}), ...(range.throughId ? { lte: range.throughId } : {}) };
    const rows = await this.prisma.staffMember.findMany({
      where: { active: true, id, programId: { not: null } },
      select: { id: true, program: { select: { id: true, timeZone: true, agendaTime: true } } },
    });
    return rows.map(({ id, program }) => ({ staffId: id, programId: program!.id, timeZone: program!.timeZone, agendaTime: program!.agendaTime }));
  }

  /** The staff members' individual sessions (as therapist) and groups (as facilitator) starting in a window. */
  async agendaItems(staffIds: string[], from: Date, to: Date): Promise<Array<{ staffId: string; startsAt: Date; kind: 'session' | 'group' }>> {
    const [sessions, groups] = await Promise.all([
      this.prisma.individualSession.findMany({
        where: { therapistId: { in: staffIds }, status: 'SCHEDULED', scheduledStart: { gte: from, lt: to } },
        select: { therapistId: true, scheduledStart: true },
      }),
      this.prisma.groupSession.findMany({ where: { facilitatorId: { in: staffIds }, startsAt: { gte: from, lt: to } }, select: { facilitatorId: true, startsAt: true } }),
    ]);
    return [
      ...sessions.map((row) => ({ staffId: row.therapistId, startsAt: row.scheduledStart, kind: 'session' as const })),
      ...groups.map((row) => ({ staffId: row.facilitatorId, startsAt: row.startsAt, kind: 'group' as const })),
    ];
  }

  /** Each staff member's open tasks (as their task list shows them) due by their program's day at `now`: due that day, and overdue. */
  agendaTasks(staffIds: string[], now: Date): Promise<Array<{ staffId: string; dueToday: number; overdue: number }>> {
    return this.prisma.readBatch(Prisma.sql`
      SELECT x."ownerId" AS "staffId", count(*) FILTER (WHERE x."dueDate" = d."today")::int AS "dueToday", count(*) FILTER (WHERE x."dueDate" < d."today")::int AS "overdue"
      FROM (${openTasksOf(staffIds)}) x JOIN "StaffMember" s ON s."id" = x."ownerId" JOIN "Program" pr ON pr."id" = s."programId"
      CROSS JOIN LATERAL (SELECT (${now}::timestamptz AT TIME ZONE pr."timeZone")::date AS "today") d
      WHERE x."dueDate" <= d."today"
      GROUP BY x."ownerId"`);
  }

  /**
   * For each of the patients in an open episode, the two most recent groups of their program that have ended
   * (since admission, not cancelled) at which they were expected: on the group's roster that day, or with
   * attendance recorded for them (a group scheduled on its own has no roster). With the patient's
   * attendance at each (null when none was recorded).
   */
  lastTwoGroups(patientIds: string[], now: Date): Promise<RecentGroupRow[]> {
    return this.prisma.readBatch<RecentGroupRow>(Prisma.sql`
      SELECT r."patientId", r."groupSessionId", r."facilitatorId", r."startsAt", r."status"
      FROM (
        SELECT e."patientId", g."id" AS "groupSessionId", g."facilitatorId", g."startsAt", a."status"::text AS "status",
               row_number() OVER (PARTITION BY e."patientId" ORDER BY g."startsAt" DESC, g."id" DESC) AS "rank"
        FROM "Episode" e JOIN "GroupSession" g ON g."programId" = e."programId"
        LEFT JOIN "GroupAttendance" a ON a."groupSessionId" = g."id" AND a."patientId" = e."patientId"
        WHERE e."patientId" = ANY(${patientIds}::uuid[]) AND e."status" = 'OPEN' AND g."endsAt" <= ${now} AND g."startsAt" >= e."startDate" AND g."cancelledAt" IS NULL
          AND (a."status" IS NOT NULL OR EXISTS (
            SELECT 1 FROM "GroupEnrollment" n WHERE n."patientId" = e."patientId" AND n."scheduleId" = g."scheduleId"
              AND n."fromDate" <= g."occursOn" AND (n."untilDate" IS NULL OR n."untilDate" >= g."occursOn")))
      ) r
      WHERE r."rank" <= 2`);
  }
}
