import type { SafetyPlanRow } from '@oneplan/prisma';

/** Crisis lines every new safety plan starts with. */
export const DEFAULT_CRISIS_LINES = [
  { name: '988 Suicide and Crisis Lifeline (call or text)', number: '988' },
  { name: 'Emergency services', number: '911' },
  { name: 'SAMHSA National Helpline', number: '1-800-662-4357' },
];

const SECTIONS: Array<[keyof SafetyPlanRow, string]> = [
  ['warningSigns', 'warning signs'],
  ['copingStrategies', 'coping strategies'],
  ['peopleAndPlaces', 'people and places that help'],
  ['contacts', 'contacts'],
  ['crisisLines', 'crisis lines'],
];

/** The sections of a safety plan that are still empty; a plan with none missing is complete. */
export function missingSafetyPlanSections(plan: SafetyPlanRow | null): string[] {
  if (!plan) return SECTIONS.map(([, label]) => label);
  return SECTIONS.filter(([key]) => !Array.isArray(plan[key]) || (plan[key] as unknown[]).length === 0).map(([, label]) => label);
}
