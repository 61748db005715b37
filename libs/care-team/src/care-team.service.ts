import { Injectable } from '@nestjs/common';
import { assertInOrder, BadUserInputError, NotFoundError } from '@oneplan/errors';
import { type Actor, type ConnectionOf, pageWindow, toConnection } from '@oneplan/graphql';
import { PrismaErrorCode, prismaErrorCode, type PatientRow } from '@oneplan/prisma';
import { todayIn } from './calendar.js';
import { CareTeamRepository, PATIENT_ORDERS } from './care-team.repository.js';
import type { AddCareTeamMemberInput, EndCareTeamMembershipInput, RemoveFromCareTeamInput } from './dto/care-team.input.js';
import type { CreatePatientInput, OpenEpisodeInput, PatientsArgs } from './dto/patient.input.js';
import type { CreateProgramInput, SetAgendaTimeInput, SetSelfReportLinksInput, SetMeasureScheduleInput, SetReviewCadenceInput } from './dto/program.input.js';
import type { CreateStaffMemberInput, SetStaffActiveInput } from './dto/staff.input.js';

/** Turns a unique-constraint failure into BAD_USER_INPUT on the field that must be unique. */
async function unique<T>(write: Promise<T>, field: string, message: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (prismaErrorCode(error) === PrismaErrorCode.UniqueConstraintFailed) throw new BadUserInputError(field, message);
    throw error;
  }
}

/** Programs, staff, patients, episodes and care-team membership (administration, not clinical content). */
@Injectable()
export class CareTeamService {
  constructor(private readonly repository: CareTeamRepository) {}

  /** Only an organization admin creates programs (the access rule): the program joins their organization. */
  createProgram(actor: Actor, input: CreateProgramInput) {
    return this.repository.createProgram({ ...input, organizationId: actor.organizationId });
  }

  async setReviewCadence(input: SetReviewCadenceInput) {
    await this.requireProgram(input.programId, 'programId');
    return this.repository.upsertReviewCadence(input.programId, input.levelOfCare, input.days);
  }

  async setMeasureSchedule(input: SetMeasureScheduleInput) {
    await this.requireProgram(input.programId, 'programId');
    return this.repository.upsertMeasureSchedule(input.programId, input.type, input.everyDays);
  }

  async setAgendaTime(input: SetAgendaTimeInput) {
    await this.requireProgram(input.programId, 'programId');
    return this.repository.setAgendaTime(input.programId, input.agendaTime);
  }

  async setSelfReportLinks(input: SetSelfReportLinksInput) {
    await this.requireProgram(input.programId, 'programId');
    return this.repository.setSelfReportLinks(input.programId, input.automatic);
  }

  async createStaffMember(input: CreateStaffMemberInput) {
    await this.requireProgram(input.programId, 'programId');
    return unique(this.repository.createStaffMember(input), 'email', 'A staff member with this email already exists');
  }

  async setStaffActive(input: SetStaffActiveInput) {
    const [staff] = await this.repository.staffByIds([input.staffId]);
    if (!staff) throw new NotFoundError('StaffMember', 'staffId');
    return this.repository.setStaffActive(staff.id, input.active);
  }

  async createPatient(input: CreatePatientInput) {
    await this.requireProgram(input.programId, 'programId');
    if (input.dateOfBirth > new Date()) throw new BadUserInputError('dateOfBirth', 'dateOfBirth cannot be in the future');
    return unique(this.repository.createPatient(input), 'recordNumber', 'This record number is already used in the program');
  }

  /** The program's patients the actor may see: all of them for its admins, else those whose care team they are on (or opened in an emergency). */
  async patients(actor: Actor, args: PatientsArgs): Promise<ConnectionOf<PatientRow>> {
    const program = await this.requireProgram(args.programId, 'programId');
    const seenBy = actor.discipline === 'PROGRAM_ADMIN' ? undefined : { staffId: actor.staffId, today: todayIn(program.timeZone) };
    const filter = { programId: args.programId, lastNameStartsWith: args.lastNameStartsWith, recordNumberStartsWith: args.recordNumberStartsWith, seenBy };
    const window = pageWindow(args);
    const rows = await this.repository.patientsPage(filter, args.orderBy, window);
    return toConnection(rows, window, PATIENT_ORDERS[args.orderBy].valuesOf, () => this.repository.countPatients(filter));
  }

  async openEpisode(input: OpenEpisodeInput) {
    const [patient] = await this.repository.patientsByIds([input.patientId]);
    if (!patient) throw new NotFoundError('Patient', 'patientId');
    if (await this.repository.openEpisodeOf(patient.id)) {
      throw new BadUserInputError('patientId', 'The patient already has an open episode of care');
    }
    return this.repository.createEpisode({ patientId: patient.id, programId: patient.programId, startDate: input.startDate });
  }

  async addCareTeamMember(input: AddCareTeamMemberInput) {
    assertInOrder(input.fromDate, input.toDate, 'toDate');
    const [[episode], [staff]] = await Promise.all([this.repository.episodesByIds([input.episodeId]), this.repository.staffByIds([input.staffId])]);
    if (!episode) throw new NotFoundError('Episode', 'episodeId');
    if (!staff || !staff.active) throw new NotFoundError('StaffMember', 'staffId');
    return this.repository.addCareTeamMember(input);
  }

  async endCareTeamMembership(input: EndCareTeamMembershipInput) {
    const membership = await this.repository.membershipById(input.membershipId);
    if (!membership) throw new NotFoundError('CareTeamMember', 'membershipId');
    assertInOrder(membership.fromDate, input.toDate, 'toDate');
    return this.repository.endMembership(membership.id, input.toDate);
  }

  async removeFromCareTeam(input: RemoveFromCareTeamInput) {
    const membership = await this.repository.membershipById(input.membershipId);
    if (!membership) throw new NotFoundError('CareTeamMember', 'membershipId');
    if (membership.removedAt) return membership;
    return this.repository.removeMember(membership.id, new Date());
  }

  private async requireProgram(programId: string, field: string) {
    const [program] = await this.repository.programsByIds([programId]);
    if (!program) throw new NotFoundError('Program', field);
    return program;
  }
}
