import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { hoursInWeeks } from '@oneplan/attendance';
import { measureSchedule } from '@oneplan/care-team';
import { ReminderTaskPurpose, reminderTaskKey } from '@oneplan/plan';
import type { NotificationToStore } from './notification-store.js';
import { patientLabel } from './patient-label.js';
import { holding } from './care-team-members.js';
import { ProgramCalendar } from './program-calendar.js';
import type { IdRange } from './sweep-runs.repository.js';
import { type OpenPlan, SweepsRepository } from './sweeps.repository.js';

/** Rows by a key, in one pass (a batch's rows, looked up per plan). */
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** The routine of care: measures due, weekly hours of care, and each staff member's daily agenda. */
@Injectable()
export class RoutineSweeps {
  constructor(private readonly sweeps: SweepsRepository) {}

  /** A measure is due its schedule's days after it was last given (or from admission): the primary therapist. A plan's own days come first. */
  async measuresDue(plans: OpenPlan[], now: Date): Promise<NotificationToStore[]> {
    const [schedules, last] = await Promise.all([this.sweeps.measureSchedules(), this.sweeps.lastMeasures(plans.map((plan) => plan.planId))]);
    return plans.flatMap((plan) => {
      const calendar = ProgramCalendar.at(plan.timeZone, now);
      // The plan's own days (from a template) over its program's, over the defaults.
      return measureSchedule(plan.levelOfCare, [...(schedules.get(plan.programId) ?? []), ...(plan.measureSchedule ?? [])]).flatMap(({ type, everyDays }) => {
        const given = last.get(`${plan.planId}:${type}`);
        const date = given ? calendar.plusDays(everyDays, calendar.local(given).date) : plan.episodeStart.toISOString().slice(0, 10);
        if (date > calendar.todayIso) return [];
        return holding(plan, 'PRIMARY_THERAPIST').map((recipientId) => ({
          dedupeKey: `measure-due:${plan.planId}:${type}:${date}:${recipientId}`,
          recipientId,
          kind: 'MEASURE_DUE' as const,
          message: `${type} is due for ${patientLabel(plan)} (since ${date}).`,
          urgent: false,
          patientId: plan.patientId,
          planId: plan.planId,
          subjectId: null,
        }));
      });
    });
  }

  /** Last week (Monday to Sunday, program time) below the band the level of care requires: primary therapist and case manager. */
  async careHoursBelowBand(plans: OpenPlan[], now: Date): Promise<NotificationToStore[]> {
    // Only last week is read: from its earliest start to its latest end over the batch's time zones.
    const weeks = [...new Set(plans.map((plan) => plan.timeZone))].map((zone) => ProgramCalendar.at(zone, now).previousWeek().weeks.bounds);
    const delivered = await this.sweeps.careDeliveredBetween(
      plans.map((plan) => plan.planId),
      new Date(Math.min(...weeks.map(([start]) => start))),
      new Date(Math.max(...weeks.map(([, end]) => end))),
    );
    const byPlan = groupBy(delivered, (row) => row.planId);
    return plans.flatMap((plan) => {
      const calendar = ProgramCalendar.at(plan.timeZone, now);
      const lastWeek = calendar.previousWeek();
      // Only a week the patient was in care from its first day counts.
      if (plan.episodeStart.toISOString().slice(0, 10) > lastWeek.startIso) return [];
      const [week] = hoursInWeeks(lastWeek.weeks, byPlan.get(plan.planId) ?? [], plan.levelOfCare);
      if (week.band !== 'BELOW') return [];
      const weekStart = lastWeek.startIso;
      const therapists = holding(plan, 'PRIMARY_THERAPIST');
      return [...new Set([...therapists, ...holding(plan, 'CASE_MANAGER')])].map((recipientId) => ({
        dedupeKey: `care-hours:${plan.planId}:${weekStart}:${recipientId}`,
        recipientId,
        kind: 'CARE_HOURS_BELOW_BAND' as const,
        message: `${patientLabel(plan)} had ${week.totalHours} hours of care in the week of ${weekStart}, below the ${week.requiredMinimum} hours ${plan.levelOfCare} requires.`,
        urgent: false,
        patientId: plan.patientId,
        planId: plan.planId,
        subjectId: null,
        task: therapists.includes(recipientId)
          ? {
              title: `Review the plan: ${week.totalHours} of ${week.requiredMinimum} hours of care`,
              dueDate: calendar.column(calendar.plusDays(2)),
              createdById: recipientId,
              key: reminderTaskKey(ReminderTaskPurpose.PlanReview, plan.planId, `care-hours-${weekStart}`, recipientId),
            }
          : undefined,
      }));
    });
  }

  /**
   * Each staff member's sessions and groups of the day, and their open tasks due that day or overdue (an
   * aftercare check-in, an intake's referral check), at the program's agenda time: once a day, only if
   * there are any.
   */
  async dailyAgendas(range: IdRange, now: Date): Promise<NotificationToStore[]> {
    const staff = await this.sweeps.agendaStaff(range);
    if (staff.length === 0) return [];
    const staffIds = staff.map((member) => member.staffId);
    const [items, tasks] = await Promise.all([
      this.sweeps.agendaItems(staffIds, new Date(now.getTime() - 86_400_000), new Date(now.getTime() + 2 * 86_400_000)).then((rows) => groupBy(rows, (item) => item.staffId)),
      this.sweeps.agendaTasks(staffIds, now).then((rows) => new Map(rows.map((row) => [row.staffId, row]))),
    ]);
    return staff.flatMap((member) => {
      const local = DateTime.fromJSDate(now, { zone: member.timeZone });
      const [hour, minute] = member.agendaTime.split(':').map(Number);
      if (local < local.set({ hour, minute, second: 0, millisecond: 0 })) return [];
      const date = local.toISODate();
      const today = (items.get(member.staffId) ?? []).filter((item) => DateTime.fromJSDate(item.startsAt, { zone: member.timeZone }).toISODate() === date);
      const due = tasks.get(member.staffId);
      const parts: string[] = [];
      if (today.length > 0) {
        const sessions = today.filter((item) => item.kind === 'session').length;
        const groups = today.length - sessions;
        const first = DateTime.fromMillis(Math.min(...today.map((item) => item.startsAt.getTime())), { zone: member.timeZone }).toFormat('HH:mm');
        parts.push(`${sessions} individual session${sessions === 1 ? '' : 's'} and ${groups} group${groups === 1 ? '' : 's'}, the first at ${first}`);
      }
      if (due) {
        const count = due.dueToday + due.overdue;
        parts.push(`${count} task${count === 1 ? '' : 's'} due${due.overdue ? ` (${due.overdue} overdue)` : ''}`);
      }
      if (parts.length === 0) return [];
      return [
        {
          dedupeKey: `agenda:${member.staffId}:${date}`,
          recipientId: member.staffId,
          kind: 'DAILY_AGENDA' as const,
          message: `Today: ${parts.join('; ')}.`,
          urgent: false,
          patientId: null,
          planId: null,
          subjectId: null,
        },
      ];
    });
  }
}
