import { Prisma } from '@oneplan/prisma';
import { everyone, toEach } from './notify.js';
import type { ReminderRule } from './reminder-rule.js';

/** A change of treatment phase reaches the whole care team. */
export const phaseChanged: ReminderRule<{ toPhase: string }> = {
  subject: (id) => Prisma.sql`SELECT "planId", "toPhase"::text AS "toPhase" FROM "PhaseChange" WHERE "id" = ${id}::uuid`,
  notify: (context) => toEach(everyone(context), { kind: 'PHASE_CHANGED', message: `${context.patientLabel} moved to ${context.details.toPhase} (${context.actorName}).`, urgent: false }),
};
