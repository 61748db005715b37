import { Injectable } from '@nestjs/common';
import { type AttendanceStatus, type GroupAttendanceRow, type GroupSessionRow, type GroupType, type Modality, PrismaService, type Tx } from '@oneplan/prisma';
import type { Cursor } from '@oneplan/graphql';

export type AttendanceWithGroup = GroupAttendanceRow & { groupSession: GroupSessionRow };

function afterStart(after?: Cursor) {
  if (!after) return {};
  const at = new Date(after.value);
  return { OR: [{ startsAt: { gt: at } }, { startsAt: at, id: { gt: after.id } }] };
}

@Injectable()
export class AttendanceRepository {
  constructor(private readonly prisma: PrismaService) {}

  createGroupSession(data: { programId: string; type: GroupType; facilitatorId: string; startsAt: Date; endsAt: Date; modality: Modality; topic: string; createdById: string }): Promise<GroupSessionRow> {
    return this.prisma.groupSession.create({ data });
  }

  groupSessionsByIds(ids: string[], tx: Tx = this.prisma): Promise<GroupSessionRow[]> {
    return tx.groupSession.findMany({ where: { id: { in: ids } } });
  }

  groupSessionsPage(programId: string, from: Date, to: Date, take: number, after?: Cursor): Promise<GroupSessionRow[]> {
    return this.prisma.groupSession.findMany({
      where: { programId, startsAt: { gte: from, lt: to }, ...afterStart(after) },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take,
    });
  }

  attendanceByGroupIds(groupIds: string[]): Promise<GroupAttendanceRow[]> {
    return this.prisma.groupAttendance.findMany({ where: { groupSessionId: { in: groupIds } }, orderBy: { id: 'asc' } });
  }

  /** A patient's attendance with its groups, by group start (keyset on start and attendance id). */
  attendancePage(patientId: string, from: Date, to: Date, take: number, after?: Cursor): Promise<AttendanceWithGroup[]> {
    const at = after ? new Date(after.value) : undefined;
    return this.prisma.groupAttendance.findMany({
      where: {
        patientId,
        groupSession: { startsAt: { gte: from, lt: to } },
        ...(after ? { OR: [{ groupSession: { startsAt: { gt: at } } }, { groupSession: { startsAt: at }, id: { gt: after.id } }] } : {}),
      },
      include: { groupSession: true },
      orderBy: [{ groupSession: { startsAt: 'asc' } }, { id: 'asc' }],
      take,
    });
  }

  /** Every attendance row of the patients with its group, earliest group first, in one statement (part of every plan read). */
  async attendanceByPatientIds(patientIds: string[]): Promise<AttendanceWithGroup[]> {
    const rows = await this.prisma.$queryRaw<Array<GroupAttendanceRow & { group: Omit<GroupSessionRow, 'startsAt' | 'endsAt' | 'createdAt'> & Record<'startsAt' | 'endsAt' | 'createdAt', string> }>>`
      SELECT a.*, row_to_json(g) AS "group"
      FROM "GroupAttendance" a JOIN "GroupSession" g ON g."id" = a."groupSessionId"
      WHERE a."patientId" = ANY(${patientIds}::uuid[])
      ORDER BY g."startsAt", a."id"`;
    // row_to_json writes timestamps without a zone; they are UTC, as Prisma stores them.
    const instant = (value: string) => new Date(`${value}Z`);
    return rows.map(({ group, ...row }) => ({ ...row, groupSession: { ...group, startsAt: instant(group.startsAt), endsAt: instant(group.endsAt), createdAt: instant(group.createdAt) } }));
  }

  /** Open plans of the given patients in a program, by patient (attendance is part of each plan). */
  async openPlansOfPatients(tx: Tx, programId: string, patientIds: string[]): Promise<Map<string, string>> {
    const plans = await tx.treatmentPlan.findMany({
      where: { status: { not: 'CLOSED' }, episode: { programId, status: 'OPEN', patientId: { in: patientIds } } },
      select: { id: true, episode: { select: { patientId: true } } },
    });
    return new Map(plans.map((plan) => [plan.episode.patientId, plan.id]));
  }

  existingAttendance(tx: Tx, groupSessionId: string): Promise<GroupAttendanceRow[]> {
    return tx.groupAttendance.findMany({ where: { groupSessionId } });
  }

  upsertAttendance(
    tx: Tx,
    data: { groupSessionId: string; patientId: string; status: AttendanceStatus; minutesAttended: number | null; note: string | null; recordedById: string },
  ): Promise<GroupAttendanceRow> {
    const { groupSessionId, patientId, ...fields } = data;
    return tx.groupAttendance.upsert({
      where: { groupSessionId_patientId: { groupSessionId, patientId } },
      create: data,
      update: { ...fields, recordedAt: new Date() },
    });
  }
}
