import type { OutcomeMeasureType } from '@oneplan/prisma';

/** Valid score ranges of the standard instruments. */
export const SCORE_RANGES: Record<OutcomeMeasureType, { min: number; max: number }> = {
  PHQ9: { min: 0, max: 27 },
  GAD7: { min: 0, max: 21 },
  PCL5: { min: 0, max: 80 },
  AUDIT_C: { min: 0, max: 12 },
  CRAVING: { min: 0, max: 10 },
};

/** PHQ-9 item 9 (thoughts of self-harm) is kept apart from the total. */
export const SELF_HARM_ITEM_RANGE = { min: 0, max: 3 };
