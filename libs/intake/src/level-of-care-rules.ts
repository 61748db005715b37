import type { RecommendedLevel } from '@oneplan/prisma';

/** The six dimensions of the ASAM Criteria, in their order. */
export const ASAM_DIMENSIONS = ['ACUTE_INTOXICATION_WITHDRAWAL', 'BIOMEDICAL', 'EMOTIONAL_BEHAVIORAL_COGNITIVE', 'READINESS_TO_CHANGE', 'RELAPSE_CONTINUED_USE', 'RECOVERY_ENVIRONMENT'] as const;
export type AsamDimension = (typeof ASAM_DIMENSIONS)[number];

export interface AssessmentFindings {
  /** Each dimension's rating, 0 (none) to 4 (severe). */
  ratings: Record<AsamDimension, number>;
  withdrawalRisk: boolean;
  phq9Item9: number | null;
}

export interface Recommendation {
  level: RecommendedLevel;
  reasons: string[];
}

/**
 * The level of care the intake ratings point to: OnePlan's rules, in this order (the README lists them).
 * They follow the ASAM Criteria's logic (the most severe need sets the intensity) but are not ASAM's own
 * placement algorithm; the clinician accepts or overrides them with a reason.
 * 1. Withdrawal risk flagged, or dimension 1 rated 3 or more: medically supervised withdrawal management
 *    first (a higher level than this program offers).
 * 2. Dimension 2 or 3 rated 4 (imminent danger): 24-hour residential stabilization first.
 * 3. Dimension 2, 3, 5 or 6 rated 3: partial hospitalization (PHP).
 * 4. Dimension 3, 5 or 6 rated 2: intensive outpatient (IOP).
 * 5. Otherwise (dimensions 3, 5 and 6 at most 1): virtual IOP.
 * Dimension 4 (readiness) never raises the level: low readiness calls for motivational work at the level
 * the other needs set. A PHQ-9 item 9 above 0 is named among the reasons (the safety plan is reviewed on
 * admission) without changing the level by itself.
 */
export function recommendLevel(findings: AssessmentFindings): Recommendation {
  const { ratings } = findings;
  const rated = (dimensions: AsamDimension[], atLeast: number) => dimensions.filter((dimension) => ratings[dimension] >= atLeast);
  const named = (dimensions: AsamDimension[]) => dimensions.map((dimension) => `${ASAM_DIMENSIONS.indexOf(dimension) + 1} (${ratings[dimension]})`).join(', ');
  const safety = findings.phq9Item9 !== null && findings.phq9Item9 > 0 ? ['PHQ-9 item 9 above 0: review the safety plan on admission'] : [];
  const motivation = ratings.READINESS_TO_CHANGE >= 3 ? [`Readiness to change rated ${ratings.READINESS_TO_CHANGE}: motivational work from the start`] : [];

  const withdrawal = rated(['ACUTE_INTOXICATION_WITHDRAWAL'], 3);
  if (findings.withdrawalRisk || withdrawal.length) {
    const why = findings.withdrawalRisk ? 'Withdrawal risk flagged' : `Dimension ${named(withdrawal)}`;
    return { level: 'WITHDRAWAL_MANAGEMENT', reasons: [`${why}: medically supervised withdrawal management before this program`, ...safety] };
  }
  const danger = rated(['BIOMEDICAL', 'EMOTIONAL_BEHAVIORAL_COGNITIVE'], 4);
  if (danger.length) return { level: 'RESIDENTIAL', reasons: [`Dimension ${named(danger)} rated 4 (imminent danger): 24-hour stabilization first`, ...safety] };
  const severe = rated(['BIOMEDICAL', 'EMOTIONAL_BEHAVIORAL_COGNITIVE', 'RELAPSE_CONTINUED_USE', 'RECOVERY_ENVIRONMENT'], 3);
  if (severe.length) return { level: 'PHP', reasons: [`Dimension ${named(severe)} rated 3: daily structured treatment (PHP)`, ...safety, ...motivation] };
  const moderate = rated(['EMOTIONAL_BEHAVIORAL_COGNITIVE', 'RELAPSE_CONTINUED_USE', 'RECOVERY_ENVIRONMENT'], 2);
  if (moderate.length) return { level: 'IOP', reasons: [`Dimension ${named(moderate)} rated 2: intensive outpatient (IOP)`, ...safety, ...motivation] };
  return { level: 'VIRTUAL_IOP', reasons: ['Dimensions 3, 5 and 6 rated 1 or less: intensive outpatient from home (virtual IOP)', ...safety, ...motivation] };
}
