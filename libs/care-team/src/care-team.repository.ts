import { Injectable } from '@nestjs/common';
import {
  type CareTeamMemberRow,
  type CareTeamRole,
  type Discipline,
  type EpisodeRow,
  type Keyset,
  likePrefix,
  type LevelOfCare,
  type MeasureScheduleRow,
  type OrganizationRow,
  type OutcomeMeasureType,
  type PatientRow,
  Prisma,
  PrismaService,
  type Tx,
  type ProgramRow,
  type StaffMemberRow,
  isAnyOf,
} from '@oneplan/prisma';
import { day, membershipInForce } from '@oneplan/access';
import type { PageWindow } from '@oneplan/graphql';

export interface NewPatient {
  programId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: Date;
  recordNumber: string;
  pronouns?: string;
  emergencyContact?: { name: string; relationship: string; phone: string };
}

/** The orders a program's patients can be read in. */
export const PATIENT_ORDERS: Record<'NAME' | 'RECORD_NUMBER', Keyset<PatientRow>> = {
  NAME: {
    columns: [
      { sql: '"lastName"', cast: 'text' },
      { sql: '"firstName"', cast: 'text' },
      { sql: '"id"', cast: 'uuid' },
    ],
    descending: false,
    valuesOf: (row) => [row.lastName, row.firstName, row.id],
  },
  RECORD_NUMBER: {
    columns: [
      { sql: '"recordNumber"', cast: 'text' },
      { sql: '"id"', cast: 'uuid' },
    ],
    descending: false,
    valuesOf: (row) => [row.recordNumber, row.id],
  },
};

/** A patient's episodes of care, the latest admission first. */
export const EPISODES_ORDER: Keyset<EpisodeRow> = {
  columns: [
    { sql: '"startDate"', cast: 'date' },
    { sql: '"id"', cast: 'uuid' },
  ],
  descending: true,
  valuesOf: (row) => [row.startDate.toISOString().slice(0, 10), row.id],
};

/** Which of a program's patients to list, and for whom (a staff member who is not its admin sees only their own). */
export interface PatientFilter {
  programId: string;
  lastNameStartsWith?: string;
  recordNumberStartsWith?: string;
  seenBy?: { staffId: string; today: Date };
}

/** An organization's programs, by name. */
export const PROGRAMS_ORDER: Keyset<ProgramRow> = {
  columns: [
    { sql: '"name"', cast: 'text' },
    { sql: '"id"', cast: 'uuid' },
  ],
  descending: false,
  valuesOf: (row) => [row.name, row.id],
};

@Injectable()
export class CareTeamRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Each patient's episodes (a nested connection). */
  readonly episodesOfPatients = this.prisma.listUnder('episodes.ofPatient', 'Episode', 'patientId', EPISODES_ORDER);

  /** In a transaction, read through it: a second connection from the pool could wait on the first. */
  programsByIds(ids: string[], tx?: Tx): Promise<ProgramRow[]> {
    return tx ? tx.program.findMany({ where: { id: { in: ids } } }) : this.prisma.rowsWhereIn<ProgramRow>('Program', 'id', ids);
  }

  createProgram(data: { organizationId: string; name: string; levelOfCare: LevelOfCare; timeZone: string }): Promise<ProgramRow> {
    return this.prisma.program.create({ data });
  }

  /** A page of the programs whose `column` (organizationId, or id for one program) holds `key`. */
  programsPage(column: 'organizationId' | 'id', key: string, window: PageWindow): Promise<ProgramRow[]> {
    return this.prisma.pageWhere('Program', column, key, PROGRAMS_ORDER, window);
  }

  countPrograms(column: 'organizationId' | 'id', key: string): Promise<number> {
    return this.prisma.countWhere('Program', column, key);
  }

  organizationsByIds(ids: string[]): Promise<OrganizationRow[]> {
    return this.prisma.rowsWhereIn<OrganizationRow>('Organization', 'id', ids);
  }

  /** Up to `limit` organizations, oldest first: enough for the first administrator to tell whether one is unambiguous. */
  organizations(limit: number): Promise<OrganizationRow[]> {
    return this.prisma.organization.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: limit });
  }

  organizationNamed(name: string): Promise<OrganizationRow | null> {
    return this.prisma.organization.findUnique({ where: { name } });
  }

  createOrganization(name: string): Promise<OrganizationRow> {
    return this.prisma.organization.create({ data: { name } });
  }

  staffByEmail(email: string): Promise<StaffMemberRow | null> {
    return this.prisma.staffMember.findUnique({ where: { email: email.toLowerCase() } });
  }

  createOrganizationAdmin(data: { organizationId: string; name: string; email: string; credentials: string }): Promise<StaffMemberRow> {
    return this.prisma.staffMember.create({ data: { ...data, email: data.email.toLowerCase(), discipline: 'ORGANIZATION_ADMIN' } });
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

  setSelfReportLinks(programId: string, selfReportLinks: boolean): Promise<ProgramRow> {
    return this.prisma.program.update({ where: { id: programId }, data: { selfReportLinks } });
  }

  reviewCadencesByProgramIds(programIds: string[]) {
    return this.prisma.reviewCadence.findMany({ where: { programId: { in: programIds } }, orderBy: { levelOfCare: 'asc' } });
  }

  /** The named staff and everyone else in their programs (a program's staff is a short list); an organization admin alone. */
  staffOfProgramsOf(ids: string[]): Promise<StaffMemberRow[]> {
    return this.prisma.read<StaffMemberRow>(Prisma.sql`
      SELECT "id", "programId", "organizationId", "name", "email", "credentials", "discipline"::text AS "discipline", "active", "createdAt"
      FROM "StaffMember"
      WHERE "programId" IN (SELECT "programId" FROM "StaffMember" WHERE "id" ${isAnyOf(ids)}) OR "id" ${isAnyOf(ids)}`);
  }

  staffByIds(ids: string[], tx?: Tx): Promise<StaffMemberRow[]> {
    return tx ? tx.staffMember.findMany({ where: { id: { in: ids } } }) : this.prisma.rowsWhereIn<StaffMemberRow>('StaffMember', 'id', ids);
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

  createPatient(data: NewPatient, tx: Tx = this.prisma): Promise<PatientRow> {
    return tx.patient.create({ data });
  }

  private patientsOf(filter: PatientFilter) {
    const conditions = [Prisma.sql`pa."programId" = ${filter.programId}::uuid`];
    if (filter.lastNameStartsWith) conditions.push(Prisma.sql`pa."lastName" ILIKE ${likePrefix(filter.lastNameStartsWith)}`);
    if (filter.recordNumberStartsWith) conditions.push(Prisma.sql`pa."recordNumber" LIKE ${likePrefix(filter.recordNumberStartsWith)}`);
    if (filter.seenBy) {
      const { staffId, today } = filter.seenBy;
      conditions.push(Prisma.sql`(EXISTS (SELECT 1 FROM "CareTeamMember" m JOIN "Episode" e ON e."id" = m."episodeId"
          WHERE e."patientId" = pa."id" AND m."staffId" = ${staffId}::uuid AND ${membershipInForce('m', day(today))})
        OR EXISTS (SELECT 1 FROM "BreakGlassAccess" b WHERE b."patientId" = pa."id" AND b."staffId" = ${staffId}::uuid AND b."expiresAt" > (now() AT TIME ZONE 'UTC')))`);
    }
    return Prisma.sql`FROM "Patient" pa WHERE ${Prisma.join(conditions, ' AND ')}`;
  }

  patientsPage(filter: PatientFilter, order: keyof typeof PATIENT_ORDERS, window: PageWindow): Promise<PatientRow[]> {
    return this.prisma.keysetPage(Prisma.sql`SELECT pa.* ${this.patientsOf(filter)}`, PATIENT_ORDERS[order], window);
  }

  countPatients(filter: PatientFilter): Promise<number> {
    return this.prisma.countOf(this.patientsOf(filter));
  }

  episodesByIds(ids: string[]): Promise<EpisodeRow[]> {
    return this.prisma.rowsWhereIn<EpisodeRow>('Episode', 'id', ids);
  }

  openEpisodeOf(patientId: string, tx: Tx = this.prisma): Promise<EpisodeRow | null> {
    return tx.episode.findFirst({ where: { patientId, status: 'OPEN' } });
  }

  createEpisode(data: { patientId: string; programId: string; startDate: Date }, tx: Tx = this.prisma): Promise<EpisodeRow> {
    return tx.episode.create({ data });
  }

  /** Ends an episode at discharge. */
  dischargeEpisode(tx: Tx, episodeId: string, endDate: Date): Promise<EpisodeRow> {
    return tx.episode.update({ where: { id: episodeId }, data: { status: 'DISCHARGED', endDate } });
  }

  careTeamsByEpisodeIds(episodeIds: string[]): Promise<CareTeamMemberRow[]> {
    return this.prisma.rowsWhereIn<CareTeamMemberRow>('CareTeamMember', 'episodeId', episodeIds, '"fromDate", "id"');
  }

  membershipById(id: string): Promise<CareTeamMemberRow | null> {
    return this.prisma.careTeamMember.findUnique({ where: { id } });
  }

  addCareTeamMember(data: { episodeId: string; staffId: string; role: CareTeamRole; fromDate: Date; toDate?: Date }, tx: Tx = this.prisma): Promise<CareTeamMemberRow> {
    return tx.careTeamMember.create({ data });
  }

  removeMember(id: string, at: Date): Promise<CareTeamMemberRow> {
    return this.prisma.careTeamMember.update({ where: { id }, data: { removedAt: at } });
  }

  endMembership(id: string, toDate: Date): Promise<CareTeamMemberRow> {
    return this.prisma.careTeamMember.update({ where: { id }, data: { toDate } });
  }

  membershipsByIds(ids: string[]): Promise<CareTeamMemberRow[]> {
    return this.prisma.rowsWhereIn<CareTeamMemberRow>('CareTeamMember', 'id', ids);
  }
}
