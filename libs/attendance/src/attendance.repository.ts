import { Injectable } from '@nestjs/common';
import type { PageWindow } from '@oneplan/graphql';
import { type AttendanceStatus, type GroupAttendanceRow, type GroupSessionRow, type Keyset, Prisma, PrismaService, type Tx, isAnyOf } from '@oneplan/prisma';

/** A patient's attendance row with when its group started (the order of a patient's attendance). */
export type AttendanceByStart = GroupAttendanceRow & { groupStartsAt: Date };

/** A patient's attendance by its group's start, then id. */
export const ATTENDANCE_ORDER: Keyset<AttendanceByStart> = {
  columns: [
    { sql: 'g."startsAt"', cast: 'timestamp(3)' },
    { sql: 'a."id"', cast: 'uuid' },
  ],
  descending: false,
  valuesOf: (row) => [row.groupStartsAt.toISOString(), row.id],
};

/** Attendance of the plans' patients at groups during the plans' episodes (the end date included). */
function duringEpisodeOf(plans: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`FROM "TreatmentPlan" p JOIN "Episode" e ON e."id" = p."episodeId"
    JOIN "GroupAttendance" a ON a."patientId" = e."patientId" JOIN "GroupSession" g ON g."id" = a."groupSessionId"
    WHERE ${plans} AND g."startsAt" >= e."startDate" AND (e."endDate" IS NULL OR g."startsAt" < e."endDate" + 1)`;
}

/** One hour of care or more a plan's weekly hours count: a group attended, or a completed individual session. */
export interface CareDelivered {
  planId: string;
  kind: 'GROUP' | 'SESSION';
  status: string;
  minutesAttended: number | null;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The care plans delivered from `since` (until `until`, when given): groups attended during their
 * episodes and their completed individual sessions, by when each started. One statement, read by the plan's
 * weekly hours and by the reminder that flags a week below its band alike.
 */
export function careDeliveredSql(planIds: readonly string[], since: Date, until?: Date): Prisma.Sql {
  const before = (column: Prisma.Sql) => (until ? Prisma.sql`AND ${column} < ${until}` : Prisma.empty);
  const sessionStart = Prisma.sql`COALESCE(s."actualStart", s."scheduledStart")`;
  return Prisma.sql`
    SELECT p."id" AS "planId", 'GROUP' AS "kind", a."status"::text AS "status", a."minutesAttended", g."startsAt", g."endsAt"
    ${duringEpisodeOf(Prisma.sql`p."id" ${isAnyOf(planIds)} AND g."startsAt" >= ${since} ${before(Prisma.sql`g."startsAt"`)}`)}
    UNION ALL
    SELECT s."planId", 'SESSION', s."status"::text, NULL, ${sessionStart}, COALESCE(s."actualEnd", s."scheduledEnd")
    FROM "IndividualSession" s
    WHERE s."planId" ${isAnyOf(planIds)} AND s."status" = 'COMPLETED' AND ${sessionStart} >= ${since} ${before(sessionStart)}`;
}

@Injectable()
export class AttendanceRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Each plan's attendance: its patient's groups during the plan's episode of care (a nested connection). */
  readonly attendanceOfPlans = this.prisma.listOf<AttendanceByStart>(
    'attendance.ofPlan',
    (plan) => Prisma.sql`SELECT a.*, g."startsAt" AS "groupStartsAt" ${duringEpisodeOf(Prisma.sql`p."id" = ${plan}`)}`,
    ATTENDANCE_ORDER,
    (planIds) => Prisma.sql`SELECT p."id" AS "parentId", count(*)::int AS "count" ${duringEpisodeOf(Prisma.sql`p."id" ${isAnyOf(planIds)}`)} GROUP BY p."id"`,
  );

  attendanceByGroupIds(groupIds: string[]): Promise<GroupAttendanceRow[]> {
    return this.prisma.groupAttendance.findMany({ where: { groupSessionId: { in: groupIds } }, orderBy: { id: 'asc' } });
  }

  /** A patient's attendance at groups starting in [from, to). */
  private attendanceIn(patientId: string, from: Date, to: Date) {
    return Prisma.sql`FROM "GroupAttendance" a JOIN "GroupSession" g ON g."id" = a."groupSessionId"
      WHERE a."patientId" = ${patientId}::uuid AND g."startsAt" >= ${from} AND g."startsAt" < ${to}`;
  }

  attendancePage(patientId: string, from: Date, to: Date, window: PageWindow): Promise<AttendanceByStart[]> {
    return this.prisma.keysetPage(Prisma.sql`SELECT a.*, g."startsAt" AS "groupStartsAt" ${this.attendanceIn(patientId, from, to)}`, ATTENDANCE_ORDER, window);
  }

  countAttendance(patientId: string, from: Date, to: Date): Promise<number> {
    return this.prisma.countOf(this.attendanceIn(patientId, from, to));
  }

  /** Groups attended during the plans' episodes and completed sessions of the plans, since an instant, in one statement. */
  careDeliveredSince(planIds: readonly string[], since: Date): Promise<CareDelivered[]> {
    return this.prisma.read<CareDelivered>(careDeliveredSql(planIds, since));
  }

  /** A group session, and the open plans of the given patients in its program by patient (attendance is part of each plan): one statement. */
  async groupWithOpenPlans(tx: Tx, groupSessionId: string, patientIds: string[]): Promise<{ group: GroupSessionRow | undefined; plans: Map<string, string> }> {
    const [row] = await this.prisma.readIn<GroupSessionRow & { openPlans: Array<{ id: string; patientId: string }> | null }>(
      tx,
      Prisma.sql`SELECT g.*, (SELECT json_agg(json_build_object('id', p."id", 'patientId', e."patientId")) FROM "TreatmentPlan" p JOIN "Episode" e ON e."id" = p."episodeId"
          WHERE p."status" <> 'CLOSED' AND e."programId" = g."programId" AND e."status" = 'OPEN' AND e."patientId" ${isAnyOf(patientIds)}) AS "openPlans"
        FROM "GroupSession" g WHERE g."id" = ${groupSessionId}::uuid`,
    );
    if (!row) return { group: undefined, plans: new Map() };
    const { openPlans, ...group } = row;
    return { group, plans: new Map((openPlans ?? []).map((plan) => [plan.patientId, plan.id])) };
  }

  /** Which of these ids are supports of the patients (by patient) still named. */
  async currentSupports(tx: Tx, ids: string[]): Promise<Map<string, string>> {
    const rows = await tx.support.findMany({ where: { id: { in: ids }, endedAt: null }, select: { id: true, patientId: true } });
    return new Map(rows.map((row) => [row.id, row.patientId]));
  }

  existingAttendance(tx: Tx, groupSessionId: string): Promise<GroupAttendanceRow[]> {
    return this.prisma.readIn(tx, Prisma.sql`SELECT * FROM "GroupAttendance" WHERE "groupSessionId" = ${groupSessionId}::uuid`);
  }

  upsertAttendance(
    tx: Tx,
    data: { groupSessionId: string; patientId: string; status: AttendanceStatus; minutesAttended: number | null; note: string | null; supportIds: string[]; recordedById: string },
  ): Promise<GroupAttendanceRow> {
    const updated = ['status', 'minutesAttended', 'note', 'supportIds', 'recordedById', 'recordedAt'].map((column) => `"${column}" = EXCLUDED."${column}"`).join(', ');
    return this.prisma.insertIn(tx, 'GroupAttendance', { ...data, recordedAt: new Date() }, Prisma.sql`ON CONFLICT ("groupSessionId", "patientId") DO UPDATE SET ${Prisma.raw(updated)}`);
  }

  attendanceByIds(ids: string[]): Promise<GroupAttendanceRow[]> {
    return this.prisma.rowsWhereIn<GroupAttendanceRow>('GroupAttendance', 'id', ids);
  }
}
