import { Injectable } from '@nestjs/common';
import {
  type CareTeamMemberRow,
  type CareTeamRole,
  type Discipline,
  type EpisodeRow,
  type LevelOfCare,
  type MeasureScheduleRow,
  type OutcomeMeasureType,
  type PatientRow,
  PrismaService,
  type ProgramRow,
  type StaffMemberRow,
} from '@oneplan/prisma';
import type { Cursor } from '@oneplan/graphql';

export interface NewPatient {
  programId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: Date;
  recordNumber: string;
  pronouns?: string;
  emergencyContact?: { name: string; relationship: string; phone: string };
}

/** Memberships in force on `today` (program-local) that were not removed. */
export function membershipInForce(today: Date) {
  return { removedAt: null, fromDate: { lte: today }, OR: [{ toDate: null }, { toDate: { gte: today } }] };
}

/** A staff member's membership in force on `today`. */
export function currentMembership(staffId: string, today: Date) {
  return { staffId, ...membershipInForce(today) };
}

@Injectable()
export class CareTeamRepository {
  constructor(private readonly prisma: PrismaService) {}

  programsByIds(ids: string[]): Promise<ProgramRow[]> {
    return this.prisma.rowsWhereIn<ProgramRow>('Program', 'id', ids);
  }

  createProgram(data: { name: string; levelOfCare: LevelOfCare; timeZone: string }): Promise<ProgramRow> {
    return this.prisma.program.create({ data });
  }

  async upsertReviewCadence(programId: string, levelOfCare: LevelOfCare, days: number) {
    return this.prisma.reviewCadence.upsert({
      where: { programId_levelOfCare: { programId, levelOfCare } },
      create: { programId, levelOfCare, days },
      update: { days },
    });
  }

  async upsertMeasureSchedule(programId: string, type: OutcomeMeasureType, everyDays: number) {
    return this.prisma.measureSchedule.upsert({ where: { programId_type: { programId, type } }, create: { programId, type, everyDays }, update: { everyDays } });
  }

  measureSchedulesByProgramIds(programIds: string[]): Promise<MeasureScheduleRow[]> {
    return this.prisma.rowsWhereIn<MeasureScheduleRow>('MeasureSchedule', 'programId', programIds, '"type"');
  }

  setAgendaTime(programId: string, agendaTime: string): Promise<ProgramRow> {
    return this.prisma.program.update({ where: { id: programId }, data: { agendaTime } });
  }

  reviewCadencesByProgramIds(programIds: string[]) {
    return this.prisma.reviewCadence.findMany({ where: { programId: { in: programIds } }, orderBy: { levelOfCare: 'asc' } });
  }

  /** The named staff and everyone else in their programs (a program's staff is a short list). */
  staffOfProgramsOf(ids: string[]): Promise<StaffMemberRow[]> {
    return this.prisma.$queryRaw<StaffMemberRow[]>`
      SELECT "id", "programId", "name", "email", "credentials", "discipline"::text AS "discipline", "active", "createdAt"
      FROM "StaffMember"
      WHERE "programId" IN (SELECT "programId" FROM "StaffMember" WHERE "id" = ANY(${ids}::uuid[]))`;
  }

  staffByIds(ids: string[]): Promise<StaffMemberRow[]> {
    return this.prisma.rowsWhereIn<StaffMemberRow>('StaffMember', 'id', ids);
  }

  createStaffMember(data: { programId: string; name: string; email: string; credentials: string; discipline: Discipline }): Promise<StaffMemberRow> {
    return this.prisma.staffMember.create({ data: { ...data, email: data.email.toLowerCase() } });
  }

  setStaffActive(id: string, active: boolean): Promise<StaffMemberRow> {
    return this.prisma.staffMember.update({ where: { id }, data: { active } });
  }

  patientsByIds(ids: string[]): Promise<PatientRow[]> {
    return this.prisma.rowsWhereIn<PatientRow>('Patient', 'id', ids);
  }

  createPatient(data: NewPatient): Promise<PatientRow> {
    return this.prisma.patient.create({ data });
  }

  /** Patients of a program ordered by last name, then id (keyset pagination). */
  patientsPage(programId: string, take: number, after?: Cursor, lastNameStartsWith?: string, seenBy?: { staffId: string; today: Date }): Promise<PatientRow[]> {
    return this.prisma.patient.findMany({
      where: {
        programId,
        ...(seenBy
          ? {
              AND: {
                OR: [
                  { episodes: { some: { careTeam: { some: currentMembership(seenBy.staffId, seenBy.today) } } } },
                  { breakGlassAccesses: { some: { staffId: seenBy.staffId, expiresAt: { gt: new Date() } } } },
                ],
              },
            }
          : {}),
        ...(lastNameStartsWith ? { lastName: { startsWith: lastNameStartsWith, mode: 'insensitive' } } : {}),
        ...(after ? { OR: [{ lastName: { gt: after.value } }, { lastName: after.value, id: { gt: after.id } }] } : {}),
      },
      orderBy: [{ lastName: 'asc' }, { id: 'asc' }],
      take,
    });
  }

  episodesByIds(ids: string[]): Promise<EpisodeRow[]> {
    return this.prisma.rowsWhereIn<EpisodeRow>('Episode', 'id', ids);
  }

  openEpisodeOf(patientId: string): Promise<EpisodeRow | null> {
    return this.prisma.episode.findFirst({ where: { patientId, status: 'OPEN' } });
  }

  createEpisode(data: { patientId: string; programId: string; startDate: Date }): Promise<EpisodeRow> {
    return this.prisma.episode.create({ data });
  }

  careTeamsByEpisodeIds(episodeIds: string[]): Promise<CareTeamMemberRow[]> {
    return this.prisma.rowsWhereIn<CareTeamMemberRow>('CareTeamMember', 'episodeId', episodeIds, '"fromDate", "id"');
  }

  membershipById(id: string): Promise<CareTeamMemberRow | null> {
    return this.prisma.careTeamMember.findUnique({ where: { id } });
  }

  addCareTeamMember(data: { episodeId: string; staffId: string; role: CareTeamRole; fromDate: Date; toDate?: Date }): Promise<CareTeamMemberRow> {
    return this.prisma.careTeamMember.create({ data });
  }

  removeMember(id: string, at: Date): Promise<CareTeamMemberRow> {
    return this.prisma.careTeamMember.update({ where: { id }, data: { removedAt: at } });
  }

  endMembership(id: string, toDate: Date): Promise<CareTeamMemberRow> {
    return this.prisma.careTeamMember.update({ where: { id }, data: { toDate } });
  }
}
