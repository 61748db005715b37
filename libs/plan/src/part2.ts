import { type ClinicalNoteRow, type OutcomeMeasureType, Prisma, type ProblemCategory, isAnyOf } from '@oneplan/prisma';

/**
 * The one classification of 42 CFR Part 2 data, used by the API's labels (every `part2` field), the
 * plan export and the labels' SQL: substance-use problems (and co-occurring ones), the goals addressing
 * them, medication changes for substance use or for those goals, notes about any of these, SUD
 * counseling notes, and AUDIT-C and craving scores.
 */
export const PART2_PROBLEM_CATEGORIES: ProblemCategory[] = ['SUBSTANCE_USE', 'CO_OCCURRING'];
export const PART2_MEASURES: OutcomeMeasureType[] = ['AUDIT_C', 'CRAVING'];

/** The Part 2 goals and medication changes of one plan (problems and measures carry their own label). */
export interface Part2Labels {
  planId: string;
  goalIds: string[];
  medicationChangeIds: string[];
}

export const PART2_FIELD_DESCRIPTION = 'Whether this is substance-use treatment information protected by 42 CFR Part 2 (never disclosed without a consent that covers it).';

/** Whether each kind of record is Part 2 data; goals, medication changes and notes need their plan's labels. */
export const part2 = {
  problem: (problem: { category: ProblemCategory }) => PART2_PROBLEM_CATEGORIES.includes(problem.category),
  measure: (measure: { type: OutcomeMeasureType }) => PART2_MEASURES.includes(measure.type),
  goal: (goal: { id: string }, labels: Part2Labels | null) => Boolean(labels?.goalIds.includes(goal.id)),
  medicationChange: (change: { id: string }, labels: Part2Labels | null) => Boolean(labels?.medicationChangeIds.includes(change.id)),
  note(note: Pick<ClinicalNoteRow, 'sudCounseling' | 'goalId' | 'medicationChangeId'>, labels: Part2Labels | null): boolean {
    if (note.sudCounseling) return true;
    return Boolean((note.goalId && labels?.goalIds.includes(note.goalId)) || (note.medicationChangeId && labels?.medicationChangeIds.includes(note.medicationChangeId)));
  },
};

/** The labels of plans in one statement: goals linked to a Part 2 problem, medication changes for substance use or for such goals. */
export function part2LabelsOf(planIds: string[]): Prisma.Sql {
  return Prisma.sql`
    WITH part2_goal AS (
      SELECT DISTINCT gp."goalId", pr."planId" FROM "GoalProblem" gp JOIN "Problem" pr ON pr."id" = gp."problemId"
      WHERE pr."planId" ${isAnyOf(planIds)} AND pr."category"::text IN (${Prisma.join(PART2_PROBLEM_CATEGORIES)})
    )
    SELECT p."id" AS "planId",
      ARRAY(SELECT g."goalId"::text FROM part2_goal g WHERE g."planId" = p."id") AS "goalIds",
      ARRAY(
        SELECT m."id"::text FROM "MedicationChange" m WHERE m."planId" = p."id" AND (m."forSubstanceUse" OR EXISTS (
          SELECT 1 FROM "MedicationChangeGoal" mg JOIN part2_goal g ON g."goalId" = mg."goalId" WHERE mg."medicationChangeId" = m."id"))
      ) AS "medicationChangeIds"
    FROM "TreatmentPlan" p WHERE p."id" ${isAnyOf(planIds)}`;
}
