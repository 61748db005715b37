import { addDays } from '@oneplan/care-team';
import { currentMedications } from '@oneplan/medications';
import { safetyPlanSections } from '@oneplan/plan';
import type { DischargeRepository } from './discharge.repository.js';

type Record = Awaited<ReturnType<DischargeRepository['record']>>;

/** Days after discharge within which trigger dates are carried into the aftercare plan (and get a task). */
export const TRIGGER_DATE_HORIZON_DAYS = 90;

/** A trigger date's next occurrence on or after `from` (yearly ones roll over), if within the horizon. */
export function nextOccurrence(trigger: { date: Date; recursAnnually: boolean }, from: Date): Date | null {
  let next = trigger.date;
  if (trigger.recursAnnually) {
    next = new Date(Date.UTC(from.getUTCFullYear(), trigger.date.getUTCMonth(), trigger.date.getUTCDate()));
    if (next < from) next = new Date(Date.UTC(from.getUTCFullYear() + 1, trigger.date.getUTCMonth(), trigger.date.getUTCDate()));
  }
  return next >= from && next <= addDays(from, TRIGGER_DATE_HORIZON_DAYS) ? next : null;
}

/** What the record shows at discharge: goal outcomes, each measure's baseline and final score, medications, the safety plan, trigger dates ahead. */
export function dischargeSummary(record: Record, dischargeDate: Date) {
  const byType = new Map<string, number[]>();
  for (const { type, score } of record.measures) byType.set(type, [...(byType.get(type) ?? []), score]);
  return {
    goalOutcomes: record.goals,
    measureOutcomes: [...byType].map(([type, scores]) => ({ type, baseline: scores[0], final: scores.at(-1)!, change: scores.at(-1)! - scores[0] })),
    medications: currentMedications(record.changes).map((entry) => ({ medicationName: entry.medicationName, instructions: `${entry.dose} ${entry.route} ${entry.frequency}`, onHold: entry.onHold })),
    safetyPlan: record.safetyPlan ? safetyPlanSections(record.safetyPlan).map(({ heading, entries }) => `${heading}: ${entries.join('; ') || 'none recorded'}`) : [],
    triggerDates: record.triggerDates
      .map((trigger) => ({ label: trigger.label, date: nextOccurrence(trigger, dischargeDate), leadTimeDays: trigger.leadTimeDays }))
      .filter((trigger): trigger is { label: string; date: Date; leadTimeDays: number } => trigger.date !== null)
      .sort((a, b) => a.date.getTime() - b.date.getTime()),
  };
}
