import { Injectable } from '@nestjs/common';
import { addDays, CareTeamRepository, todayIn } from '@oneplan/care-team';
import { assertInOrder, BadUserInputError, NotFoundError, RuleViolationError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { applyVersionedEdit, created, PlanUnitOfWork } from '@oneplan/plan';
import { type GroupEnrollmentRow, type GroupScheduleExceptionRow, type GroupScheduleRow, type GroupSessionRow, TransactionRunner, type Tx } from '@oneplan/prisma';
import type { ChangeGroupOccurrenceInput, CreateGroupScheduleInput, EndGroupEnrollmentInput, EndGroupScheduleInput, EnrollInGroupInput } from './dto/group-schedule.input.js';
import { GroupsRepository } from './groups.repository.js';
import { GroupSessionGenerator } from './group-session-generator.js';
import { atProgramTime } from './recurrence.js';

/** A schedule runs for two years at most before it is set up again (bounds what one schedule generates). */
const MAX_SCHEDULE_DAYS = 731;
/** A moved occurrence stays within a week of its date. */
const MAX_MOVE_MS = 7 * 86_400_000;

const isoWeekday = (date: Date) => ((date.getUTCDay() + 6) % 7) + 1;

@Injectable()
export class GroupScheduleService {
  constructor(
    private readonly careTeams: CareTeamRepository,
    private readonly generator: GroupSessionGenerator,
    private readonly schedules: GroupsRepository,
    private readonly transactions: TransactionRunner,
    private readonly work: PlanUnitOfWork,
  ) {}

  /** Creates a recurring group and generates its first weeks of sessions at once (the worker keeps them ahead). */
  async createSchedule(actor: Actor, input: CreateGroupScheduleInput): Promise<GroupScheduleRow> {
    assertInOrder(input.startsOn, input.endsOn, 'endsOn');
    if (input.endsOn && input.endsOn.getTime() - input.startsOn.getTime() > MAX_SCHEDULE_DAYS * 86_400_000) {
      throw new BadUserInputError('endsOn', 'A recurring group runs for two years at most; set it up again after that');
    }
    if (input.meetingLink && input.modality !== 'VIRTUAL') throw new BadUserInputError('meetingLink', 'A meeting link is for a virtual group');
    return this.transactions.run(async (tx) => {
      const [program] = await this.careTeams.programsByIds([input.programId], tx);
      if (!program) throw new NotFoundError('Program', 'programId');
      const staff = await this.careTeams.staffByIds(input.facilitatorIds, tx);
      const invalid = input.facilitatorIds.findIndex((id) => !staff.some((member) => member.id === id && member.active && member.programId === program.id));
      if (invalid >= 0) throw new BadUserInputError(`facilitatorIds.${invalid}`, 'Each facilitator must be an active staff member of the program');
      const endsOn = input.endsOn ?? null;
      const schedule = await this.schedules.createSchedule(tx, { ...input, meetingLink: input.meetingLink ?? null, endsOn, createdById: actor.staffId });
      await this.generator.generate(tx, { ...schedule, timeZone: program.timeZone }, new Date());
      return (await this.schedules.schedulesByIds([schedule.id], tx))[0];
    });
  }

  /** Cancels or moves one occurrence; its session, when generated already and without attendance, follows. */
  async changeOccurrence(actor: Actor, input: ChangeGroupOccurrenceInput): Promise<{ exception: GroupScheduleExceptionRow; session: GroupSessionRow | null }> {
    if ((input.change === 'MOVED') !== Boolean(input.movedStartsAt)) {
      throw new BadUserInputError('movedStartsAt', input.change === 'MOVED' ? 'A moved occurrence needs movedStartsAt' : 'movedStartsAt is for MOVED');
    }
    return this.transactions.run(async (tx) => {
      const schedule = await this.lockedSchedule(tx, input.scheduleId);
      const day = input.occursOn.getTime();
      if (day < schedule.startsOn.getTime() || (schedule.endsOn && day > schedule.endsOn.getTime()) || !schedule.weekdays.includes(isoWeekday(input.occursOn))) {
        throw new BadUserInputError('occursOn', 'The group does not meet on that date');
      }
      const planned = atProgramTime(input.occursOn, schedule.startTime, schedule.timeZone);
      if (input.movedStartsAt && Math.abs(input.movedStartsAt.getTime() - planned.getTime()) > MAX_MOVE_MS) {
        throw new BadUserInputError('movedStartsAt', 'A moved occurrence stays within 7 days of its date');
      }
      if ((await this.schedules.exceptionsOf(tx, schedule.id)).some((row) => row.occursOn.getTime() === day)) {
        throw new RuleViolationError('That occurrence was changed already', 'occursOn');
      }
      const existing = await this.schedules.sessionOn(tx, schedule.id, input.occursOn);
      if (existing?.attended) throw new RuleViolationError('Attendance is recorded for that session: it took place', 'occursOn');
      const exception = await this.schedules.addException(tx, {
        scheduleId: schedule.id,
        occursOn: input.occursOn,
        change: input.change,
        movedStartsAt: input.movedStartsAt ?? null,
        reason: input.reason,
        createdById: actor.staffId,
      });
      let session: GroupSessionRow | null = null;
      if (existing && input.change === 'CANCELLED') session = await this.schedules.cancelSession(tx, existing.id);
      if (existing && input.movedStartsAt)
        session = await this.schedules.moveSession(tx, existing.id, input.movedStartsAt, new Date(input.movedStartsAt.getTime() + schedule.durationMinutes * 60_000));
      return { exception, session };
    });
  }

  async endSchedule(_actor: Actor, input: EndGroupScheduleInput): Promise<GroupScheduleRow> {
    return this.transactions.run(async (tx) => {
      const schedule = await this.lockedSchedule(tx, input.scheduleId);
      assertInOrder(schedule.startsOn, input.endsOn, 'endsOn');
      if (schedule.endsOn && input.endsOn > schedule.endsOn) throw new BadUserInputError('endsOn', 'A schedule is ended earlier, not extended: set up a new one');
      return (await this.schedules.endSchedule(tx, schedule.id, input.endsOn)).schedule;
    });
  }

  /** Puts the plan's patient on a roster; overlapping enrollments in one group are refused. */
  enroll(actor: Actor, input: EnrollInGroupInput): Promise<GroupEnrollmentRow> {
    assertInOrder(input.fromDate, input.untilDate, 'untilDate');
    return this.work.change(actor, input.planId, async ({ tx, scope }) => {
      const [schedule] = await this.schedules.schedulesByIds([input.scheduleId], tx);
      if (!schedule || schedule.programId !== scope.programId) throw new NotFoundError('GroupSchedule in the patient’s program', 'scheduleId');
      if (schedule.endsOn && input.fromDate > schedule.endsOn) throw new RuleViolationError('The group has ended by then', 'fromDate');
      if (input.fromDate < addDays(todayIn(scope.timeZone), -31)) throw new BadUserInputError('fromDate', 'An enrollment starts at most a month back');
      const untilDate = input.untilDate ?? null;
      if ((await this.schedules.overlappingEnrollments(tx, schedule.id, scope.patientId, input.fromDate, untilDate)).length) {
        throw new RuleViolationError('The patient is on this group’s roster for some of those dates already', 'fromDate');
      }
      const enrollment = await this.schedules.enroll(tx, {
        scheduleId: schedule.id,
        patientId: scope.patientId,
        planId: scope.planId,
        fromDate: input.fromDate,
        untilDate,
        enrolledById: actor.staffId,
      });
      return { value: enrollment, revisions: [created('GroupEnrollment', enrollment.id, { scheduleId: schedule.id, fromDate: input.fromDate, untilDate })] };
    });
  }

  async endEnrollment(actor: Actor, input: EndGroupEnrollmentInput): Promise<GroupEnrollmentRow> {
    let current: GroupEnrollmentRow | undefined;
    const planOf = async (tx: Tx) => {
      [current] = await this.schedules.enrollmentsByIds([input.enrollmentId], tx);
      if (!current) throw new NotFoundError('GroupEnrollment', 'enrollmentId');
      return current.planId;
    };
    return this.work.change(
      actor,
      planOf,
      async ({ tx }) => {
        [current] = await this.schedules.enrollmentsByIds([input.enrollmentId], tx);
        assertInOrder(current!.fromDate, input.untilDate, 'untilDate');
        let row = current!;
        const changes = await applyVersionedEdit({
          entity: 'GroupEnrollment',
          current: current ?? null,
          expectedVersion: input.expectedVersion,
          patch: { untilDate: input.untilDate },
          write: async () => {
            row = await this.schedules.endEnrollment(tx, current!.id, input.untilDate);
            return true;
          },
          currentVersion: async () => current?.version,
        });
        return { value: row, revisions: changes.length ? [{ entityType: 'GroupEnrollment', entityId: row.id, action: 'UPDATED', changes }] : [] };
      },
      // A discharged patient's enrollments are ended after the plan closed.
      { closedPlans: true },
    );
  }

  private async lockedSchedule(tx: Tx, id: string) {
    const schedule = await this.schedules.lockSchedule(tx, id);
    if (!schedule) throw new NotFoundError('GroupSchedule', 'scheduleId');
    return schedule;
  }
}
