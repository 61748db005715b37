import type { DisclosureCategory } from '@oneplan/prisma';
import { disclosedRecords, type Part2Labels } from '@oneplan/plan';
import type { ConsentRepository } from './consent.repository.js';

/** The notice that must accompany every disclosure of Part 2 records (42 CFR 2.32). */
export const PART2_NOTICE =
  'This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or ' +
  'disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative ' +
  'proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at ' +
  '42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other ' +
  'use or disclosure of this record unless at least one of the following applies: (1) Further use or disclosure is expressly permitted by the written ' +
  'consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (2) You are a covered entity ' +
  'or business associate and have received the record for treatment, payment, or health care operations, or (3) You have received the record from a ' +
  'covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other ' +
  'information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).';

type Source = NonNullable<Awaited<ReturnType<ConsentRepository['exportSource']>>>;
type Plan = NonNullable<Source['plan']>;

/** The exported record in OnePlan's own JSON shape, of what disclosedRecords selects. */
export function buildPlanExport(source: Source & { plan: Plan }, labels: Part2Labels | null, categories: DisclosureCategory[]) {
  const { plan } = source;
  const disclosed = disclosedRecords(plan, labels, categories);
  const noteOf = (note: Plan['notes'][number]) => ({
    noteDate: note.noteDate,
    text: note.text,
    amendments: disclosed.amendmentsOf(note).map((amendment) => ({ text: amendment.text, reason: amendment.amendmentReason, writtenAt: amendment.writtenAt })),
  });
  const document: Record<string, unknown> = { planId: plan.id, levelOfCare: plan.levelOfCare, phase: plan.phase, status: plan.status };
  if (categories.includes('PROBLEMS_AND_GOALS')) {
    document.problems = disclosed.problems.map(({ title, description, category, resolved }) => ({ title, description, category, resolved }));
    document.goals = disclosed.goals.map((goal) => ({
      statement: goal.statement,
      status: goal.status,
      objectives: goal.objectives.map(({ description, measuredBy, target, targetDate, achieved }) => ({ description, measuredBy, target, targetDate, achieved })),
    }));
  }
  if (categories.includes('MEDICATIONS')) {
    document.medicationChanges = disclosed.medicationChanges.map(({ medicationName, dose, route, frequency, changeType, effectiveAt }) => ({
      medicationName,
      dose,
      route,
      frequency,
      changeType,
      effectiveAt,
    }));
  }
  if (categories.includes('OUTCOME_MEASURES')) document.outcomeMeasures = disclosed.measures.map(({ type, score, administeredAt }) => ({ type, score, administeredAt }));
  if (categories.includes('PROGRESS_NOTES')) document.progressNotes = disclosed.progressNotes.map(noteOf);
  if (categories.includes('SUD_COUNSELING_NOTES')) document.sudCounselingNotes = disclosed.sudCounselingNotes.map(noteOf);
  if (disclosed.safetyPlan) {
    const { warningSigns, copingStrategies, peopleAndPlaces, contacts, crisisLines } = disclosed.safetyPlan;
    document.safetyPlan = { warningSigns, copingStrategies, peopleAndPlaces, contacts, crisisLines };
  }
  if (disclosed.attendance) {
    document.attendance = source.attendance.map((row) => ({ startsAt: row.groupSession.startsAt, groupType: row.groupSession.type, status: row.status }));
  }
  return document;
}
