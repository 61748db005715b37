import { Prisma } from '@oneplan/prisma';
import { holding } from '../care-team-members.js';
import { toEach } from './notify.js';
import type { ReminderRule } from './reminder-rule.js';

/** A revoked consent reaches the patient's primary therapist. */
export const consentRevoked: ReminderRule = {
  subject: (id) => Prisma.sql`SELECT "patientId" FROM "Consent" WHERE "id" = ${id}::uuid`,
  notify: (context) => toEach(holding(context, 'PRIMARY_THERAPIST'), { kind: 'CONSENT_REVOKED', message: `A consent of ${context.patientLabel} was revoked.`, urgent: false }),
};
