import type { ClinicalNoteRow, DisclosureCategory, GoalRow, MedicationChangeRow, OutcomeMeasureRow, ProblemRow, SafetyPlanRow } from '@oneplan/prisma';
import { part2, type Part2Labels } from './part2.js';

type Note = Pick<ClinicalNoteRow, 'id' | 'kind' | 'amendsId' | 'sudCounseling' | 'goalId' | 'medicationChangeId'>;

interface PlanRecords<P, G, M, O, N> {
  problems: P[];
  goals: G[];
  medicationChanges: M[];
  measures: O[];
  notes: N[];
  safetyPlan: SafetyPlanRow | null;
}

/**
 * The one selection of what a disclosure may carry, for every export format: only the categories asked
 * for (and consented to); Part 2 items only when SUBSTANCE_USE is among them; SUD counseling notes only
 * under their own category. Notes come with the amendments of each kept note.
 */
export function disclosedRecords<
  P extends Pick<ProblemRow, 'category'>,
  G extends Pick<GoalRow, 'id'>,
  M extends Pick<MedicationChangeRow, 'id'>,
  O extends Pick<OutcomeMeasureRow, 'type'>,
  N extends Note,
>(plan: PlanRecords<P, G, M, O, N>, labels: Part2Labels | null, categories: DisclosureCategory[]) {
  const wants = (category: DisclosureCategory) => categories.includes(category);
  const keep = (isPart2: boolean) => !isPart2 || wants('SUBSTANCE_USE');
  const originals = plan.notes.filter((note) => !note.amendsId);
  const amendmentsOf = (note: N) => plan.notes.filter((amendment) => amendment.amendsId === note.id);
  return {
    problems: wants('PROBLEMS_AND_GOALS') ? plan.problems.filter((problem) => keep(part2.problem(problem))) : [],
    goals: wants('PROBLEMS_AND_GOALS') ? plan.goals.filter((goal) => keep(part2.goal(goal, labels))) : [],
    medicationChanges: wants('MEDICATIONS') ? plan.medicationChanges.filter((change) => keep(part2.medicationChange(change, labels))) : [],
    measures: wants('OUTCOME_MEASURES') ? plan.measures.filter((measure) => keep(part2.measure(measure))) : [],
    progressNotes: wants('PROGRESS_NOTES') ? originals.filter((note) => note.kind === 'PROGRESS' && keep(part2.note(note, labels))) : [],
    sudCounselingNotes: wants('SUD_COUNSELING_NOTES') ? originals.filter((note) => note.sudCounseling) : [],
    safetyPlan: wants('SAFETY_PLAN') ? plan.safetyPlan : null,
    attendance: wants('ATTENDANCE'),
    amendmentsOf,
  };
}
