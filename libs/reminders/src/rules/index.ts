import { OutboxEventKind } from '@oneplan/outbox';
import { consentRevoked } from './consent-revoked.rule.js';
import { emergencyAccessOpened } from './emergency-access-opened.rule.js';
import { levelOfCareChanged } from './level-of-care-changed.rule.js';
import { medicationChanged } from './medication-changed.rule.js';
import { outcomeMeasureRecorded } from './outcome-measure-recorded.rule.js';
import { phaseChanged } from './phase-changed.rule.js';
import type { ReminderRule } from './reminder-rule.js';

import type { PlannedNotification, ReminderContext } from './reminder-rule.js';
export type { PlannedNotification, ReminderContext, ReminderRule } from './reminder-rule.js';
export { WORSENING_THRESHOLDS } from './outcome-measure-recorded.rule.js';

/** Events that are delivered, not turned into reminders (each has its own job). */
type ReminderEventKind = Exclude<OutboxEventKind, OutboxEventKind.NotificationCreated | OutboxEventKind.SupportUpdateWritten | OutboxEventKind.SelfReportLinkRequested>;

/**
 * The reminder catalogue: one rule per event kind, each in its own file. The type makes a new event kind
 * without a rule a compile error; a new reminder is one file and one line here.
 */
export const REMINDER_RULES: { [K in ReminderEventKind]: ReminderRule<never> } = {
  [OutboxEventKind.MedicationChanged]: medicationChanged,
  [OutboxEventKind.PhaseChanged]: phaseChanged,
  [OutboxEventKind.LevelOfCareChanged]: levelOfCareChanged,
  [OutboxEventKind.OutcomeMeasureRecorded]: outcomeMeasureRecorded,
  [OutboxEventKind.EmergencyAccessOpened]: emergencyAccessOpened,
  [OutboxEventKind.ConsentRevoked]: consentRevoked,
};

/** Who is told what about one event; nobody is told about their own action. */
export function plannedNotifications(context: ReminderContext<unknown>): PlannedNotification[] {
  const rule = REMINDER_RULES[context.kind as ReminderEventKind] as ReminderRule<unknown> | undefined;
  return (rule?.notify(context) ?? []).filter((notification) => notification.recipientId !== context.actorId);
}
