import { Injectable } from '@nestjs/common';
import { assertInOrder, BadUserInputError, NotFoundError, RuleViolationError } from '@oneplan/errors';
import { type Actor, type ConnectionOf, pageWindow, toConnection } from '@oneplan/graphql';
import { closedTasks, diffFields, PlanUnitOfWork, ReminderTaskPurpose, type RevisionDraft, TaskRepository } from '@oneplan/plan';
import type { AttendanceStatus, GroupAttendanceRow, Tx } from '@oneplan/prisma';
import { ATTENDANCE_ORDER, type AttendanceByStart, AttendanceRepository } from './attendance.repository.js';
import type { PatientAttendanceArgs, RecordGroupAttendanceInput } from './dto/attendance.input.js';

/** Statuses that mean the patient came: the follow-up of missed groups is then done. */
const ATTENDED: AttendanceStatus[] = ['PRESENT', 'LATE', 'LEFT_EARLY'];

/** Attendance can be taken from a little before a group starts. */
const EARLY_ATTENDANCE_MS = 15 * 60_000;

@Injectable()
export class AttendanceService {
  constructor(
    private readonly attendance: AttendanceRepository,
    private readonly tasks: TaskRepository,
    private readonly work: PlanUnitOfWork,
  ) {}

  /** Records a whole group's attendance atomically; each patient's plan gets a revision. */
  async recordGroupAttendance(actor: Actor, input: RecordGroupAttendanceInput): Promise<{ rows: GroupAttendanceRow[]; planIds: string[] }> {
    const patientIds = input.entries.map((entry) => entry.patientId);
    if (new Set(patientIds).size !== patientIds.length) throw new BadUserInputError('entries', 'Each patient may appear once');
    input.entries.forEach((entry, index) => {
      if (entry.minutesAttended !== undefined && entry.status !== 'LATE' && entry.status !== 'LEFT_EARLY') {
        throw new BadUserInputError(`entries.${index}.minutesAttended`, 'minutesAttended is for LATE or LEFT_EARLY');
      }
    });
    let plans = new Map<string, string>();
    let family = false;
    // The group and each patient's open plan in the group's program, read before their plans are locked.
    const plansOf = async (tx: Tx) => {
      const { group, plans: openPlans } = await this.attendance.groupWithOpenPlans(tx, input.groupSessionId, patientIds);
      if (!group) throw new NotFoundError('GroupSession', 'groupSessionId');
      if (group.cancelledAt) throw new RuleViolationError('The group session was cancelled', 'groupSessionId');
      family = group.type === 'FAMILY';
      if (group.startsAt.getTime() - EARLY_ATTENDANCE_MS > Date.now()) throw new RuleViolationError('Attendance can be recorded once the group has started', 'groupSessionId');
      plans = openPlans;
      const missing = patientIds.findIndex((id) => !plans.has(id));
      if (missing >= 0) throw new NotFoundError('Patient in care in this program', `entries.${missing}.patientId`);
      return [...new Set(plans.values())];
    };
    return this.work.change(actor, plansOf, async ({ tx }) => {
      // Read under the plans' locks: of concurrent recordings, each sees what the one before it saved.
      const before = new Map((await this.attendance.existingAttendance(tx, input.groupSessionId)).map((row) => [row.patientId, row]));
      await this.checkSupports(tx, input, family);
      const rows: GroupAttendanceRow[] = [];
      const revisions: RevisionDraft[] = [];
      for (const [index, entry] of input.entries.entries()) {
        const previous = before.get(entry.patientId);
        if (previous?.note && entry.note && entry.note !== previous.note) {
          throw new BadUserInputError(`entries.${index}.note`, 'An attendance note is not overwritten: add a progress note instead');
        }
        const fields = { status: entry.status, minutesAttended: entry.minutesAttended ?? null, note: previous?.note ?? entry.note ?? null, supportIds: entry.supportIds ?? previous?.supportIds ?? [] };
        const changes = diffFields(previous ?? null, fields);
        if (previous && changes.length === 0) {
          rows.push(previous);
          continue;
        }
        const row = await this.attendance.upsertAttendance(tx, { groupSessionId: input.groupSessionId, patientId: entry.patientId, ...fields, recordedById: actor.staffId });
        rows.push(row);
        revisions.push({ planId: plans.get(entry.patientId)!, entityType: 'GroupAttendance', entityId: row.id, action: previous ? 'UPDATED' : 'RECORDED', changes });
      }
      const attended = input.entries.filter((entry) => ATTENDED.includes(entry.status)).map((entry) => plans.get(entry.patientId)!);
      const closed = await this.tasks.closeReminderTasks(tx, attended, ReminderTaskPurpose.MissedGroups);
      return { value: { rows, planIds: [...new Set(plans.values())] }, revisions: [...revisions, ...closedTasks(closed)] };
    });
  }

  /** Supports come to family groups only, each with their own patient. */
  private async checkSupports(tx: Tx, input: RecordGroupAttendanceInput, family: boolean): Promise<void> {
    const named = input.entries.flatMap((entry, index) => (entry.supportIds ?? []).map((id, at) => ({ id, patientId: entry.patientId, field: `entries.${index}.supportIds.${at}` })));
    if (named.length === 0) return;
    if (!family) throw new BadUserInputError(named[0].field, 'Supports attend family groups');
    const owners = await this.attendance.currentSupports(
      tx,
      named.map((item) => item.id),
    );
    const wrong = named.find((item) => owners.get(item.id) !== item.patientId);
    if (wrong) throw new NotFoundError("Support of the entry's patient", wrong.field);
  }

  async patientAttendance(args: PatientAttendanceArgs): Promise<ConnectionOf<AttendanceByStart>> {
    assertInOrder(args.from, args.to, 'to', true);
    const window = pageWindow(args);
    const rows = await this.attendance.attendancePage(args.patientId, args.from, args.to, window);
    return toConnection(rows, window, ATTENDANCE_ORDER.valuesOf, () => this.attendance.countAttendance(args.patientId, args.from, args.to));
  }
}
