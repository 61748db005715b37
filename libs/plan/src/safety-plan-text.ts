import type { SafetyPlanRow } from '@oneplan/prisma';

const SECTIONS = [
  ['warningSigns', 'Warning signs'],
  ['copingStrategies', 'Coping strategies'],
  ['peopleAndPlaces', 'People and places that help'],
  ['contacts', 'People to contact'],
  ['crisisLines', 'Crisis lines'],
] as const;

/** The safety plan as text for someone outside OnePlan (an export, a discharge): each section with its entries, contacts and crisis lines by their values. */
export function safetyPlanSections(safetyPlan: Pick<SafetyPlanRow, (typeof SECTIONS)[number][0]>): Array<{ heading: string; entries: string[] }> {
  const entriesOf = (value: unknown) =>
    Array.isArray(value)
      ? value.map((entry) =>
          typeof entry === 'string'
            ? entry
            : Object.values(entry as Record<string, unknown>)
                .filter((part) => typeof part === 'string')
                .join(', '),
        )
      : [];
  return SECTIONS.map(([field, heading]) => ({ heading, entries: entriesOf(safetyPlan[field]) }));
}
