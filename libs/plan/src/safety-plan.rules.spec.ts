import type { SafetyPlanRow } from '@oneplan/prisma';
import { DEFAULT_CRISIS_LINES, missingSafetyPlanSections } from './safety-plan.rules.js';

describe(missingSafetyPlanSections.name, () => {
  it('should list the empty sections of a new safety plan', () => {
    const plan = { warningSigns: [], copingStrategies: [], peopleAndPlaces: [], contacts: [], crisisLines: DEFAULT_CRISIS_LINES } as unknown as SafetyPlanRow;
    expect(missingSafetyPlanSections(plan)).toEqual(['warning signs', 'coping strategies', 'people and places that help', 'contacts']);
  });

  it('should prefill 988, 911 and the SAMHSA National Helpline', () => {
    expect(DEFAULT_CRISIS_LINES.map((line) => line.number)).toEqual(['988', '911', '1-800-662-4357']);
  });
});
