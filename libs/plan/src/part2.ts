import type { ClinicalNoteRow, OutcomeMeasureType, ProblemCategory } from '@oneplan/prisma';

/**
 * What is 42 CFR Part 2 data: substance-use problems (and co-occurring ones), the goals addressing them,
 * medication changes for substance use or for those goals, notes about any of these, SUD counseling
 * notes, and AUDIT-C and craving scores.
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

export function isPart2Note(note: Pick<ClinicalNoteRow, 'sudCounseling' | 'goalId' | 'medicationChangeId'>, labels: Part2Labels | null): boolean {
  if (note.sudCounseling) return true;
  return Boolean((note.goalId && labels?.goalIds.includes(note.goalId)) || (note.medicationChangeId && labels?.medicationChangeIds.includes(note.medicationChangeId)));
}
