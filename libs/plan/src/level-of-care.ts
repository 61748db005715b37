import type { LevelOfCare } from '@oneplan/prisma';

/** Weekly hours each level of care requires: IOP 9-19, PHP 20 or more. */
export const REQUIRED_WEEKLY_HOURS: Record<LevelOfCare, { min: number; max: number | null }> = {
  PHP: { min: 20, max: null },
  IOP: { min: 9, max: 19 },
  VIRTUAL_IOP: { min: 9, max: 19 },
};

/** The six dimensions of the ASAM Criteria, in their order. */
export const ASAM_DIMENSIONS = ['ACUTE_INTOXICATION_WITHDRAWAL', 'BIOMEDICAL', 'EMOTIONAL_BEHAVIORAL_COGNITIVE', 'READINESS_TO_CHANGE', 'RELAPSE_CONTINUED_USE', 'RECOVERY_ENVIRONMENT'] as const;
export type AsamDimension = (typeof ASAM_DIMENSIONS)[number];

/** Each dimension once, in order, or the dimensions missing. */
export function orderedRatings<R extends { dimension: string }>(ratings: R[]): { ordered: R[] } | { missing: AsamDimension[] } {
  const missing = ASAM_DIMENSIONS.filter((dimension) => !ratings.some((rating) => rating.dimension === dimension));
  return missing.length ? { missing } : { ordered: ASAM_DIMENSIONS.map((dimension) => ratings.find((rating) => rating.dimension === dimension)!) };
}
