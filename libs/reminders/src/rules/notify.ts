import type { ReminderContext, PlannedNotification } from './reminder-rule.js';

/** The whole care team in force. */
export const everyone = (context: ReminderContext<unknown>) => context.team.map((member) => member.staffId);

/** The same notification to each recipient, once. */
export function toEach(recipients: string[], notification: Omit<PlannedNotification, 'recipientId'>): PlannedNotification[] {
  return [...new Set(recipients)].map((recipientId) => ({ recipientId, ...notification }));
}
