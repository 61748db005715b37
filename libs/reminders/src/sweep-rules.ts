import { Injectable } from '@nestjs/common';
import { ReminderTaskPurpose, reminderTaskKey } from '@oneplan/plan';
import type { SweepBatchRow } from '@oneplan/prisma';
import { SweepKind } from '@oneplan/queue';
import type { NotificationToStore } from './notification-store.js';
import { patientLabel } from './patient-label.js';
import { holding } from './care-team-members.js';
import { ProgramCalendar } from './program-calendar.js';
import { RoutineSweeps } from './routine-sweeps.js';
import { type OpenPlan, SweepsRepository } from './sweeps.repository.js';

/** How far ahead the sweeps look. */
export const REVIEW_NOTICE_DAYS = 7;
export const OBJECTIVE_NOTICE_DAYS = 7;
export const CONSENT_NOTICE_DAYS = 14;
/** Program admins hear of a review this many days overdue. */
export const REVIEW_ESCALATION_DAYS = 3;

const DAY_MS = 86_400_000;

/** The sweeps over open plans (daily agendas go over staff). */
type PlanSweepKind = Exclude<SweepKind, SweepKind.DailyAgendas>;

/** A date column (UTC midnight) as its ISO date. */
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * What each time-based sweep finds due among a batch of plans (or staff). Items are stored under keys
 * that name the thing and the date it concerns, so a sweep is idempotent, and one after downtime sends
 * what fell due meanwhile, once. Days are calendar days of the patient's program, in its time zone.
 */
@Injectable()
export class SweepRules {
  constructor(
    private readonly routine: RoutineSweeps,
    private readonly sweeps: SweepsRepository,
  ) {}

  /**
   * What each batch's kind of sweep finds due at the batch's instant, for batches of one range: the
   * range's open plans (with patient and care team) are read once for all of them.
   */
  async dueInRange(batches: SweepBatchRow[]): Promise<NotificationToStore[][]> {
    const [first] = batches;
    if (first.sweep === SweepKind.DailyAgendas) return [await this.routine.dailyAgendas(first, first.instant)];
    const plans = await this.sweeps.openPlans(first);
    const due: NotificationToStore[][] = [];
    // One kind after the other: a batch job holds one pool connection at a time.
    for (const batch of batches) due.push(plans.length === 0 ? [] : await this.due(batch.sweep as PlanSweepKind, plans, batch.instant));
    return due;
  }

  private async due(sweep: PlanSweepKind, plans: OpenPlan[], now: Date): Promise<NotificationToStore[]> {
    const byPlan = () => new Map(plans.map((plan) => [plan.planId, plan]));
    switch (sweep) {
      case SweepKind.Reviews:
        return this.reviews(plans, await this.sweeps.adminsByProgram([...new Set(plans.map((plan) => plan.programId))]), now);
      case SweepKind.TriggerDates:
        return this.triggerDates(byPlan(), now);
      case SweepKind.Objectives:
        return this.objectives(byPlan(), now);
      case SweepKind.SessionsTomorrow:
        return this.sessionsTomorrow(byPlan(), now);
      case SweepKind.ConsentsExpiring:
        return this.consentsExpiring(plans, now);
      case SweepKind.MissedGroups:
        return this.missedGroups(plans, now);
      case SweepKind.MeasuresDue:
        return this.routine.measuresDue(plans, now);
      case SweepKind.CareHours:
        return this.routine.careHoursBelowBand(plans, now);
    }
  }

  private reviews(plans: OpenPlan[], admins: Map<string, string[]>, now: Date): NotificationToStore[] {
    return plans.flatMap((plan) => {
      const calendar = ProgramCalendar.at(plan.timeZone, now);
      const days = calendar.daysUntil(plan.nextReviewDate);
      const due = isoDate(plan.nextReviewDate);
      const base = { patientId: plan.patientId, planId: plan.planId, subjectId: plan.planId, urgent: false };
      const therapists = holding(plan, 'PRIMARY_THERAPIST');
      // One review task per due date, whether the reminder that brings it says "today" or "overdue".
      const task = (recipientId: string) => ({
        title: 'Review the treatment plan',
        dueDate: plan.nextReviewDate,
        createdById: recipientId,
        key: reminderTaskKey(ReminderTaskPurpose.PlanReview, plan.planId, due, recipientId),
      });
      const items: NotificationToStore[] = [];
      if (days > 0 && days <= REVIEW_NOTICE_DAYS) {
        items.push(
          ...therapists.map((recipientId) => ({
            ...base,
            recipientId,
            kind: 'REVIEW_DUE' as const,
            dedupeKey: `review-soon:${plan.planId}:${due}:${recipientId}`,
            message: `The plan review of ${patientLabel(plan)} is due on ${due}.`,
          })),
        );
      } else if (days === 0) {
        items.push(
          ...therapists.map((recipientId) => ({
            ...base,
            recipientId,
            kind: 'REVIEW_DUE' as const,
            dedupeKey: `review-today:${plan.planId}:${due}:${recipientId}`,
            message: `The plan review of ${patientLabel(plan)} is due today.`,
            task: task(recipientId),
          })),
        );
      } else if (days < 0) {
        items.push(
          ...therapists.map((recipientId) => ({
            ...base,
            recipientId,
            kind: 'REVIEW_OVERDUE' as const,
            dedupeKey: `review-overdue:${plan.planId}:${due}:${recipientId}`,
            message: `The plan review of ${patientLabel(plan)} is overdue (due ${due}).`,
            task: task(recipientId),
          })),
        );
        if (-days >= REVIEW_ESCALATION_DAYS) {
          items.push(
            ...(admins.get(plan.programId) ?? []).map((recipientId) => ({
              ...base,
              recipientId,
              kind: 'REVIEW_OVERDUE' as const,
              dedupeKey: `review-escalated:${plan.planId}:${due}:${recipientId}`,
              message: `The plan review of ${patientLabel(plan)} is ${-days} days overdue (due ${due}).`,
            })),
          );
        }
      }
      return items;
    });
  }

  private async triggerDates(plans: Map<string, OpenPlan>, now: Date): Promise<NotificationToStore[]> {
    const rows = await this.sweeps.triggerDates([...plans.keys()]);
    return rows.flatMap((row) => {
      const plan = plans.get(row.planId)!;
      const calendar = ProgramCalendar.at(plan.timeZone, now);
      const date = row.recursAnnually ? calendar.nextAnniversary(row.date) : isoDate(row.date);
      const days = calendar.daysUntil(date);
      if (days < 0 || days > row.leadTimeDays) return [];
      return plan.team.map(({ staffId }) => ({
        dedupeKey: `trigger:${row.id}:${date}:${staffId}`,
        recipientId: staffId,
        kind: 'TRIGGER_DATE_APPROACHING' as const,
        message: `A known trigger date of ${patientLabel(plan)} falls on ${date}.`,
        urgent: false,
        patientId: plan.patientId,
        planId: plan.planId,
        subjectId: row.id,
      }));
    });
  }

  private async objectives(plans: Map<string, OpenPlan>, now: Date): Promise<NotificationToStore[]> {
    const rows = await this.sweeps.objectivesDueBetween([...plans.keys()], new Date(now.getTime() - 2 * DAY_MS), new Date(now.getTime() + (OBJECTIVE_NOTICE_DAYS + 2) * DAY_MS));
    return rows.flatMap((row) => {
      const plan = plans.get(row.planId)!;
      const days = ProgramCalendar.at(plan.timeZone, now).daysUntil(row.targetDate);
      if (days < 0 || days > OBJECTIVE_NOTICE_DAYS) return [];
      const date = isoDate(row.targetDate);
      return [
        {
          dedupeKey: `objective:${row.id}:${date}:${row.ownerId}`,
          recipientId: row.ownerId,
          kind: 'OBJECTIVE_TARGET_APPROACHING' as const,
          message: `An objective of ${patientLabel(plan)} has its target date on ${date}.`,
          urgent: false,
          patientId: plan.patientId,
          planId: plan.planId,
          subjectId: row.id,
        },
      ];
    });
  }

  private async sessionsTomorrow(plans: Map<string, OpenPlan>, now: Date): Promise<NotificationToStore[]> {
    const rows = await this.sweeps.sessionsStartingBetween([...plans.keys()], now, new Date(now.getTime() + 3 * DAY_MS));
    return rows.flatMap((row) => {
      const plan = plans.get(row.planId)!;
      const calendar = ProgramCalendar.at(plan.timeZone, now);
      const { date, time } = calendar.local(row.scheduledStart);
      if (date !== calendar.plusDays(1)) return [];
      return [
        {
          dedupeKey: `session-tomorrow:${row.id}:${row.scheduledStart.toISOString()}:${row.therapistId}`,
          recipientId: row.therapistId,
          kind: 'SESSION_TOMORROW' as const,
          message: `Session with ${patientLabel(plan)} tomorrow at ${time}.`,
          urgent: false,
          patientId: plan.patientId,
          planId: plan.planId,
          subjectId: row.id,
        },
      ];
    });
  }

  private async consentsExpiring(plans: OpenPlan[], now: Date): Promise<NotificationToStore[]> {
    const byPatient = new Map(plans.map((plan) => [plan.patientId, plan]));
    const rows = await this.sweeps.consentsExpiringBetween([...byPatient.keys()], new Date(now.getTime() - 2 * DAY_MS), new Date(now.getTime() + (CONSENT_NOTICE_DAYS + 2) * DAY_MS));
    return rows.flatMap((row) => {
      const plan = byPatient.get(row.patientId)!;
      const days = ProgramCalendar.at(plan.timeZone, now).daysUntil(row.expiresOn);
      if (days < 0 || days > CONSENT_NOTICE_DAYS) return [];
      const date = isoDate(row.expiresOn);
      return holding(plan, 'PRIMARY_THERAPIST').map((recipientId) => ({
        dedupeKey: `consent-expiring:${row.id}:${date}:${recipientId}`,
        recipientId,
        kind: 'CONSENT_EXPIRING' as const,
        message: `A consent of ${patientLabel(plan)} expires on ${date}.`,
        urgent: false,
        patientId: plan.patientId,
        planId: plan.planId,
        subjectId: row.id,
      }));
    });
  }

  /** Absent, or nothing recorded, at the last two groups the patient was expected at: the primary therapist and those groups' facilitators. */
  private async missedGroups(plans: OpenPlan[], now: Date): Promise<NotificationToStore[]> {
    const byPatient = new Map(plans.map((plan) => [plan.patientId, plan]));
    const groups = new Map<string, Awaited<ReturnType<SweepsRepository['lastTwoGroups']>>>();
    for (const row of await this.sweeps.lastTwoGroups([...byPatient.keys()], now)) groups.set(row.patientId, [...(groups.get(row.patientId) ?? []), row]);
    return [...groups].flatMap(([patientId, rows]) => {
      const plan = byPatient.get(patientId);
      if (!plan || rows.length < 2 || !rows.every((row) => row.status === null || row.status === 'ABSENT')) return [];
      const key = rows
        .map((row) => row.groupSessionId)
        .sort()
        .join(':');
      const onTeam = new Set(plan.team.map((member) => member.staffId));
      // Facilitators are told only if they are on the team: only they may see the patient.
      const recipients = new Set([...holding(plan, 'PRIMARY_THERAPIST'), ...rows.map((row) => row.facilitatorId).filter((id) => onTeam.has(id))]);
      const calendar = ProgramCalendar.at(plan.timeZone, now);
      return [...recipients].map((recipientId) => ({
        dedupeKey: `missed-groups:${patientId}:${key}:${recipientId}`,
        recipientId,
        kind: 'MISSED_GROUPS' as const,
        message: `${patientLabel(plan)} missed the last two groups.`,
        urgent: false,
        patientId,
        planId: plan.planId,
        subjectId: rows[0].groupSessionId,
        task: holding(plan, 'PRIMARY_THERAPIST').includes(recipientId)
          ? {
              title: 'Follow up: two groups missed',
              dueDate: calendar.column(),
              createdById: recipientId,
              key: reminderTaskKey(ReminderTaskPurpose.MissedGroups, plan.planId, key, recipientId),
            }
          : undefined,
      }));
    });
  }
}
