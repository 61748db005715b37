import { CODE_SYSTEMS, type Coding } from '@oneplan/graphql';
import type { OutcomeMeasureType } from '@oneplan/prisma';

/**
 * The one table of the codes OnePlan gives its outcome measures (FHIR Observation.code). Sources:
 * - PHQ-9 total 44261-6, PHQ-9 item 9 44260-8, GAD-7 total 70274-6: LOINC, as used by the HL7 value set
 *   "observation-scored-assessment-score-codes" (Personal Health Records IG) and US Core screening examples.
 * - AUDIT-C total 75626-2: LOINC "Total score [AUDIT-C]".
 * - PCL-5 total 91006-2: LOINC's PTSD Checklist for DSM-5 total score (the 0-80 sum of its 20 items).
 * - Craving: no standard instrument or code; a 0-10 rating under OnePlan's own code system.
 */
export const MEASURE_CODES: Record<OutcomeMeasureType, Coding> = {
  PHQ9: { system: CODE_SYSTEMS.loinc, code: '44261-6', display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]' },
  GAD7: { system: CODE_SYSTEMS.loinc, code: '70274-6', display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]' },
  PCL5: { system: CODE_SYSTEMS.loinc, code: '91006-2', display: 'PTSD Checklist for DSM-5 (PCL-5) total score' },
  AUDIT_C: { system: CODE_SYSTEMS.loinc, code: '75626-2', display: 'Total score [AUDIT-C]' },
  CRAVING: { system: CODE_SYSTEMS.oneplan, code: 'craving-rating', display: 'Craving rating (0-10)' },
};

/** PHQ-9 item 9 (thoughts of self-harm), reported apart from the total. */
export const PHQ9_ITEM_9_CODE: Coding = {
  system: CODE_SYSTEMS.loinc,
  code: '44260-8',
  display: 'Thoughts that you would be better off dead, or of hurting yourself in some way',
};
