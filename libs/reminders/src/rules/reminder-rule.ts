import type { NotificationKind, OutcomeMeasureType, Prisma } from '@oneplan/prisma';
import type { OutboxEventKind } from '@oneplan/outbox';
import type { ReminderTaskPurpose } from '@oneplan/plan';
import type { TeamMember } from '../care-team-members.js';

/** Everything a rule needs about an event, read from PostgreSQL when the job runs (the job carries ids only). */
export interface ReminderContext<D = unknown> {
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
  /** What the rule's loader read about the subject. */
  details: D;
}

export interface PlannedNotification {
  recipientId: string;
  kind: NotificationKind;
  message: string;
  urgent: boolean;
  /** An owned task, so that a reminder that needs action cannot be read and forgotten. */
  task?: { title: string; dueInDays: number; purpose: ReminderTaskPurpose };
}

/** The subject row a rule's loader reads: the plan (or the patient, whose open plan is meant) and the rule's details. */
export type SubjectRow<D> = ({ planId: string; patientId?: undefined } | { patientId: string; planId?: undefined }) & D;

/**
 * One kind of event reminder: its loader (a SELECT of the subject by id, run by RemindersRepository)
 * and who is told what. Recipients must be on the care team (so they may see what they are told);
 * nobody is told about their own action (the handler drops those).
 */
export interface ReminderRule<D = Record<string, never>> {
  subject(subjectId: string): Prisma.Sql;
  notify(context: ReminderContext<D>): PlannedNotification[];
}

/** Measures' details, shared by the loader and the rule. */
export interface MeasureDetails {
  type: OutcomeMeasureType;
  score: number;
  selfHarmItem: number | null;
  previousScore: number | null;
}
