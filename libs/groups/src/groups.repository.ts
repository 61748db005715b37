import { Injectable } from '@nestjs/common';
import {
  type GroupEnrollmentRow,
  type GroupOccurrenceChange,
  type GroupScheduleExceptionRow,
  type GroupScheduleRow,
  type GroupSessionRow,
  type Keyset,
  Prisma,
  PrismaService,
  type Tx,
} from '@oneplan/prisma';
import type { PageWindow } from '@oneplan/graphql';
import type { Occurrence } from './recurrence.js';

/** Groups by start, then id. */
export const GROUP_SESSIONS_ORDER: Keyset<GroupSessionRow> = {
  columns: [
    { sql: '"startsAt"', cast: 'timestamp(3)' },
    { sql: '"id"', cast: 'uuid' },
  ],
  descending: false,
  valuesOf: (row) => [row.startsAt.toISOString(), row.id],
};

/** A schedule with its program's time zone: what generating its sessions needs. */
export type ScheduleToGenerate = GroupScheduleRow & { timeZone: string };

/**
 * The one writer of group sessions, recurring schedules, their exceptions and rosters. Sessions a schedule
 * generated are unique by schedule and date, so generating twice inserts none.
 */
@Injectable()
export class GroupsRepository {
  constructor(private readonly prisma: PrismaService) {}

  createGroupSession(data: Prisma.GroupSessionUncheckedCreateInput): Promise<GroupSessionRow> {
    return this.prisma.groupSession.create({ data });
  }

  /** Group sessions by id (batch loads). */
  groupSessionsByIds(ids: readonly string[]): Promise<GroupSessionRow[]> {
    return this.prisma.rowsWhereIn<GroupSessionRow>('GroupSession', 'id', ids);
  }

  /** A program's groups starting in [from, to). */
  private groupSessionsIn(programId: string, from: Date, to: Date) {
    return Prisma.sql`FROM "GroupSession" WHERE "programId" = ${programId}::uuid AND "startsAt" >= ${from} AND "startsAt" < ${to}`;
  }

  groupSessionsPage(programId: string, from: Date, to: Date, window: PageWindow): Promise<GroupSessionRow[]> {
    return this.prisma.keysetPage(Prisma.sql`SELECT * ${this.groupSessionsIn(programId, from, to)}`, GROUP_SESSIONS_ORDER, window);
  }

  countGroupSessions(programId: string, from: Date, to: Date): Promise<number> {
    return this.prisma.countOf(this.groupSessionsIn(programId, from, to));
  }

  createSchedule(tx: Tx, data: Prisma.GroupScheduleUncheckedCreateInput): Promise<GroupScheduleRow> {
    return tx.groupSchedule.create({ data });
  }

  schedulesByIds(ids: readonly string[], tx?: Tx): Promise<GroupScheduleRow[]> {
    return tx ? tx.groupSchedule.findMany({ where: { id: { in: [...ids] } } }) : this.prisma.rowsWhereIn<GroupScheduleRow>('GroupSchedule', 'id', ids);
  }

  /** A schedule locked for a change, with its program's time zone. */
  async lockSchedule(tx: Tx, id: string): Promise<ScheduleToGenerate | undefined> {
    const [row] = await tx.$queryRaw<ScheduleToGenerate[]>`
      SELECT s.*, p."timeZone" FROM "GroupSchedule" s JOIN "Program" p ON p."id" = s."programId" WHERE s."id" = ${id}::uuid FOR UPDATE OF s`;
    return row;
  }

  /** A page of schedules still running whose sessions are not generated through `through` (keyset by id). */
  schedulesToGenerate(tx: Tx, today: Date, after: string | null, limit: number): Promise<ScheduleToGenerate[]> {
    return tx.$queryRaw<ScheduleToGenerate[]>`
      SELECT s.*, p."timeZone" FROM "GroupSchedule" s JOIN "Program" p ON p."id" = s."programId"
      WHERE (s."endsOn" IS NULL OR s."endsOn" >= ${today}::date) AND s."id" > ${after ?? '00000000-0000-0000-0000-000000000000'}::uuid
      ORDER BY s."id" LIMIT ${limit}`;
  }

  exceptionsOf(tx: Tx, scheduleId: string): Promise<GroupScheduleExceptionRow[]> {
    return tx.groupScheduleException.findMany({ where: { scheduleId } });
  }

  exceptionsBySchedules(scheduleIds: readonly string[]): Promise<GroupScheduleExceptionRow[]> {
    return this.prisma.rowsWhereIn<GroupScheduleExceptionRow>('GroupScheduleException', 'scheduleId', scheduleIds, '"occursOn"');
  }

  addException(
    tx: Tx,
    data: { scheduleId: string; occursOn: Date; change: GroupOccurrenceChange; movedStartsAt: Date | null; reason: string; createdById: string },
  ): Promise<GroupScheduleExceptionRow> {
    return tx.groupScheduleException.create({ data });
  }

  /** Inserts the sessions of occurrences not generated yet; returns how many were new. */
  async insertOccurrences(tx: Tx, schedule: GroupScheduleRow, occurrences: Occurrence[], through: Date): Promise<number> {
    const [facilitatorId, ...coFacilitatorIds] = schedule.facilitatorIds;
    const { count } = await tx.groupSession.createMany({
      data: occurrences.map((occurrence) => ({
        programId: schedule.programId,
        scheduleId: schedule.id,
        type: schedule.type,
        topic: schedule.topic,
        modality: schedule.modality,
        facilitatorId,
        coFacilitatorIds,
        createdById: schedule.createdById,
        ...occurrence,
      })),
      skipDuplicates: true,
    });
    await tx.groupSchedule.update({ where: { id: schedule.id }, data: { generatedThrough: through } });
    return count;
  }

  /** The generated session of a date, locked (with whether any attendance is recorded for it). */
  async sessionOn(tx: Tx, scheduleId: string, occursOn: Date): Promise<(GroupSessionRow & { attended: boolean }) | undefined> {
    const [row] = await tx.$queryRaw<Array<GroupSessionRow & { attended: boolean }>>`
      SELECT g.*, EXISTS (SELECT 1 FROM "GroupAttendance" a WHERE a."groupSessionId" = g."id") AS "attended"
      FROM "GroupSession" g WHERE g."scheduleId" = ${scheduleId}::uuid AND g."occursOn" = ${occursOn}::date FOR UPDATE OF g`;
    return row;
  }

  cancelSession(tx: Tx, id: string): Promise<GroupSessionRow> {
    return tx.groupSession.update({ where: { id }, data: { cancelledAt: new Date() } });
  }

  moveSession(tx: Tx, id: string, startsAt: Date, endsAt: Date): Promise<GroupSessionRow> {
    return tx.groupSession.update({ where: { id }, data: { startsAt, endsAt } });
  }

  /** Ends a schedule: its generated sessions after the last date, with no attendance recorded, are cancelled. */
  async endSchedule(tx: Tx, id: string, endsOn: Date): Promise<{ schedule: GroupScheduleRow; cancelled: number }> {
    const schedule = await tx.groupSchedule.update({ where: { id }, data: { endsOn, version: { increment: 1 } } });
    const cancelled = await tx.$executeRaw`
      UPDATE "GroupSession" g SET "cancelledAt" = now()
      WHERE g."scheduleId" = ${id}::uuid AND g."occursOn" > ${endsOn}::date AND g."cancelledAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "GroupAttendance" a WHERE a."groupSessionId" = g."id")`;
    return { schedule, cancelled };
  }

  programSchedules(programId: string): Promise<GroupScheduleRow[]> {
    return this.prisma.read<GroupScheduleRow>(Prisma.sql`SELECT * FROM "GroupSchedule" WHERE "programId" = ${programId}::uuid ORDER BY "type", "startTime", "id"`);
  }

  /** A staff member's sessions (leading or co-facilitating) starting in [from, to), not cancelled. */
  facilitatorSessions(staffId: string, from: Date, to: Date): Promise<GroupSessionRow[]> {
    return this.prisma.read<GroupSessionRow>(Prisma.sql`
      SELECT * FROM "GroupSession"
      WHERE ("facilitatorId" = ${staffId}::uuid OR ${staffId}::uuid = ANY("coFacilitatorIds")) AND "startsAt" >= ${from} AND "startsAt" < ${to} AND "cancelledAt" IS NULL
      ORDER BY "startsAt", "id"`);
  }

  // Rosters

  /** The patient's enrollments in a schedule that overlap [fromDate, untilDate], locked by the plan's lock already held. */
  overlappingEnrollments(tx: Tx, scheduleId: string, patientId: string, fromDate: Date, untilDate: Date | null): Promise<GroupEnrollmentRow[]> {
    return tx.groupEnrollment.findMany({
      where: {
        scheduleId,
        patientId,
        OR: [{ untilDate: null }, { untilDate: { gte: fromDate } }],
        ...(untilDate ? { fromDate: { lte: untilDate } } : {}),
      },
    });
  }

  enroll(tx: Tx, data: { scheduleId: string; patientId: string; planId: string; fromDate: Date; untilDate: Date | null; enrolledById: string }): Promise<GroupEnrollmentRow> {
    return tx.groupEnrollment.create({ data });
  }

  /** Ends the plan's enrollments still running after a date (a discharge): the patient leaves every roster. */
  endEnrollmentsOfPlan(tx: Tx, planId: string, untilDate: Date): Promise<Array<{ id: string; before: Date | null; untilDate: Date }>> {
    return tx.$queryRaw`
      WITH ending AS (
        SELECT "id", "untilDate" FROM "GroupEnrollment" WHERE "planId" = ${planId}::uuid AND ("untilDate" IS NULL OR "untilDate" > ${untilDate}::date) FOR UPDATE
      )
      UPDATE "GroupEnrollment" g SET "untilDate" = ${untilDate}::date, "version" = g."version" + 1 FROM ending
      WHERE g."id" = ending."id" RETURNING g."id", ending."untilDate" AS "before", g."untilDate"`;
  }

  endEnrollment(tx: Tx, id: string, untilDate: Date): Promise<GroupEnrollmentRow> {
    return tx.groupEnrollment.update({ where: { id }, data: { untilDate, version: { increment: 1 } } });
  }

  enrollmentsByIds(ids: readonly string[], tx?: Tx): Promise<GroupEnrollmentRow[]> {
    return tx ? tx.groupEnrollment.findMany({ where: { id: { in: [...ids] } } }) : this.prisma.rowsWhereIn<GroupEnrollmentRow>('GroupEnrollment', 'id', ids);
  }

  enrollmentsOfPlans(planIds: readonly string[]): Promise<GroupEnrollmentRow[]> {
    return this.prisma.rowsWhereIn<GroupEnrollmentRow>('GroupEnrollment', 'planId', planIds, '"fromDate", "id"');
  }

  enrollmentsOfSchedules(scheduleIds: readonly string[]): Promise<GroupEnrollmentRow[]> {
    return this.prisma.rowsWhereIn<GroupEnrollmentRow>('GroupEnrollment', 'scheduleId', scheduleIds, '"fromDate", "id"');
  }
}
