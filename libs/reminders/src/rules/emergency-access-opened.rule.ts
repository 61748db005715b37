import { Prisma } from '@oneplan/prisma';
import { holding } from '../care-team-members.js';
import { toEach } from './notify.js';
import type { ReminderRule } from './reminder-rule.js';

/** An emergency (break-the-glass) access reaches the patient's primary therapist. */
export const emergencyAccessOpened: ReminderRule = {
  subject: (id) => Prisma.sql`SELECT "patientId" FROM "BreakGlassAccess" WHERE "id" = ${id}::uuid`,
  notify: (context) =>
    toEach(holding(context, 'PRIMARY_THERAPIST'), { kind: 'EMERGENCY_ACCESS', message: `${context.actorName} opened ${context.patientLabel}'s record in an emergency.`, urgent: false }),
};
