import type { OutcomeMeasureType } from '@oneplan/prisma';
import { Prisma } from '@oneplan/prisma';
import { ReminderTaskPurpose } from '@oneplan/plan';
import { holding } from '../care-team-members.js';
import { toEach } from './notify.js';
import type { MeasureDetails, PlannedNotification, ReminderRule } from './reminder-rule.js';

/** Score rises that call for a plan review (PCL-5 by 10 or more, PHQ-9 by 5 or more). */
export const WORSENING_THRESHOLDS: Partial<Record<OutcomeMeasureType, number>> = { PCL5: 10, PHQ9: 5 };

/**
 * A measure that signals risk: PHQ-9 item 9 above 0 reaches the primary therapist (with a task for today)
 * and the prescriber at once; a score that worsened past its threshold asks the primary therapist to
 * review the plan.
 */
export const outcomeMeasureRecorded: ReminderRule<MeasureDetails> = {
  subject: (id) => Prisma.sql`
    SELECT m."planId", m."type"::text AS "type", m."score", m."selfHarmItem",
           (SELECT p."score" FROM "OutcomeMeasure" p WHERE p."planId" = m."planId" AND p."type" = m."type" AND p."administeredAt" < m."administeredAt"
            ORDER BY p."administeredAt" DESC LIMIT 1) AS "previousScore"
    FROM "OutcomeMeasure" m WHERE m."id" = ${id}::uuid`,
  notify: (context) => {
    const { details: measure, patientLabel } = context;
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
  },
};
