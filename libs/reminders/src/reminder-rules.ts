import type { NotificationKind, OutcomeMeasureType } from '@oneplan/prisma';
import { OutboxEventKind } from '@oneplan/outbox';
import { ReminderTaskPurpose } from '@oneplan/plan';
import { holding, type TeamMember } from './care-team-members.js';

/** Everything a rule needs about an event, read from PostgreSQL when the job runs (the job carries ids only). */
export interface ReminderContext {
  kind: OutboxEventKind;
  eventId: string;
  /** The changed record (a medication change, a measure ...). */
  subjectId: string;
  actorId: string | null;
  actorName: string;
  patientId: string;
  patientLabel: string;
  planId: string;
  /** The program's today (its own time zone), for due dates. */
  today: Date;
  /** Who is on the care team now. */
  team: TeamMember[];
  measure?: { type: OutcomeMeasureType; score: number; selfHarmItem: number | null; previousScore: number | null };
  phaseChange?: { toPhase: string };
  levelOfCareChange?: { toLevel: string | null; referralTo: string | null };
}

export interface PlannedNotification {
  recipientId: string;
  kind: NotificationKind;
  message: string;
  urgent: boolean;
  /** An owned task, so that a reminder that needs action cannot be read and forgotten. */
  task?: { title: string; dueInDays: number; purpose: ReminderTaskPurpose };
}

/** Score rises that call for a plan review (PCL-5 by 10 or more, PHQ-9 by 5 or more). */
export const WORSENING_THRESHOLDS: Partial<Record<OutcomeMeasureType, number>> = { PCL5: 10, PHQ9: 5 };

const everyone = (context: ReminderContext) => context.team.map((member) => member.staffId);

function toEach(recipients: string[], notification: Omit<PlannedNotification, 'recipientId'>): PlannedNotification[] {
  return [...new Set(recipients)].map((recipientId) => ({ recipientId, ...notification }));
}

function measureReminders(context: ReminderContext): PlannedNotification[] {
  const { measure, patientLabel } = context;
  if (!measure) return [];
  const planned: PlannedNotification[] = [];
  if (measure.type === 'PHQ9' && (measure.selfHarmItem ?? 0) > 0) {
    planned.push(
      ...toEach(holding(context, 'PRIMARY_THERAPIST'), {
        kind: 'SELF_HARM_RISK',
        message: `${patientLabel} answered PHQ-9 item 9 above 0: review the safety plan today.`,
        urgent: true,
        task: { title: 'Urgent: review the safety plan (PHQ-9 item 9)', dueInDays: 0, purpose: ReminderTaskPurpose.SafetyPlanReview },
      }),
      ...toEach(holding(context, 'PRESCRIBER'), { kind: 'SELF_HARM_RISK', message: `${patientLabel} answered PHQ-9 item 9 above 0.`, urgent: true }),
    );
  }
  const threshold = WORSENING_THRESHOLDS[measure.type];
  if (threshold !== undefined && measure.previousScore !== null && measure.score - measure.previousScore >= threshold) {
    planned.push(
      ...toEach(holding(context, 'PRIMARY_THERAPIST'), {
        kind: 'SCORE_WORSENED',
        message: `${patientLabel}'s ${measure.type} rose by ${measure.score - measure.previousScore} points since the last one: review the plan.`,
        urgent: false,
        task: { title: `Review the plan: ${measure.type} worsened`, dueInDays: 2, purpose: ReminderTaskPurpose.PlanReview },
      }),
    );
  }
  return planned;
}

/**
 * Who is told what about one event. Recipients are on the care team (so they may see what they are
 * told), and nobody is told about their own action.
 */
export function plannedNotifications(context: ReminderContext): PlannedNotification[] {
  const { patientLabel, actorName } = context;
  let planned: PlannedNotification[];
  switch (context.kind) {
    case OutboxEventKind.MedicationChanged:
      planned = toEach(everyone(context), { kind: 'MEDICATION_CHANGED', message: `${actorName} recorded a medication change for ${patientLabel}.`, urgent: false });
      break;
    case OutboxEventKind.PhaseChanged:
      planned = toEach(everyone(context), { kind: 'PHASE_CHANGED', message: `${patientLabel} moved to ${context.phaseChange?.toPhase} (${actorName}).`, urgent: false });
      break;
    case OutboxEventKind.LevelOfCareChanged: {
      const change = context.levelOfCareChange;
      planned = change?.referralTo
        ? toEach(everyone(context), { kind: 'REFERRED_OUT', message: `${patientLabel} was referred out to ${change.referralTo} (${actorName}).`, urgent: false })
        : toEach(everyone(context), { kind: 'LEVEL_OF_CARE_CHANGED', message: `${patientLabel} moved to ${change?.toLevel} (${actorName}).`, urgent: false });
      break;
    }
    case OutboxEventKind.OutcomeMeasureRecorded:
      planned = measureReminders(context);
      break;
    case OutboxEventKind.EmergencyAccessOpened:
      planned = toEach(holding(context, 'PRIMARY_THERAPIST'), { kind: 'EMERGENCY_ACCESS', message: `${actorName} opened ${patientLabel}'s record in an emergency.`, urgent: false });
      break;
    case OutboxEventKind.ConsentRevoked:
      planned = toEach(holding(context, 'PRIMARY_THERAPIST'), { kind: 'CONSENT_REVOKED', message: `A consent of ${patientLabel} was revoked.`, urgent: false });
      break;
    case OutboxEventKind.NotificationCreated:
      // Delivered, not turned into further notifications.
      planned = [];
      break;
  }
  return planned.filter((notification) => notification.recipientId !== context.actorId);
}
