import { Prisma } from '@oneplan/prisma';
import { everyone, toEach } from './notify.js';
import type { ReminderRule } from './reminder-rule.js';

/** A medication change reaches the whole care team. */
export const medicationChanged: ReminderRule = {
  subject: (id) => Prisma.sql`SELECT "planId" FROM "MedicationChange" WHERE "id" = ${id}::uuid`,
  notify: (context) => toEach(everyone(context), { kind: 'MEDICATION_CHANGED', message: `${context.actorName} recorded a medication change for ${context.patientLabel}.`, urgent: false }),
};
