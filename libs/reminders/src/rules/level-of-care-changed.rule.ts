import { Prisma } from '@oneplan/prisma';
import { everyone, toEach } from './notify.js';
import type { ReminderRule } from './reminder-rule.js';

/** A new level of care, or a referral out, reaches the whole care team. */
export const levelOfCareChanged: ReminderRule<{ toLevel: string | null; referralTo: string | null }> = {
  subject: (id) => Prisma.sql`SELECT "planId", "toLevel"::text AS "toLevel", "referralTo"::text AS "referralTo" FROM "LevelOfCareChange" WHERE "id" = ${id}::uuid`,
  notify: (context) => {
    const { details, patientLabel, actorName } = context;
    return details.referralTo
      ? toEach(everyone(context), { kind: 'REFERRED_OUT', message: `${patientLabel} was referred out to ${details.referralTo} (${actorName}).`, urgent: false })
      : toEach(everyone(context), { kind: 'LEVEL_OF_CARE_CHANGED', message: `${patientLabel} moved to ${details.toLevel} (${actorName}).`, urgent: false });
  },
};
