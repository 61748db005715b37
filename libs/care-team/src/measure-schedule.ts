import type { LevelOfCare, OutcomeMeasureType } from '@oneplan/prisma';

/** How often each measure is due, by level of care, when a program sets nothing: PHQ-9 and GAD-7 weekly, PCL-5 every 14 days at PHP and IOP. */
export const DEFAULT_MEASURE_DAYS: Record<LevelOfCare, Partial<Record<OutcomeMeasureType, number>>> = {
  PHP: { PHQ9: 7, GAD7: 7, PCL5: 14 },
  IOP: { PHQ9: 7, GAD7: 7, PCL5: 14 },
  VIRTUAL_IOP: { PHQ9: 7, GAD7: 7 },
};

export interface MeasureDue {
  type: OutcomeMeasureType;
  everyDays: number;
}

/** The measures due at a level of care: the defaults, with a program's own settings over them (0 turns one off). */
export function measureSchedule(levelOfCare: LevelOfCare, programSettings: MeasureDue[]): MeasureDue[] {
  const days = { ...DEFAULT_MEASURE_DAYS[levelOfCare] };
  for (const setting of programSettings) days[setting.type] = setting.everyDays;
  return Object.entries(days)
    .filter(([, everyDays]) => everyDays > 0)
    .map(([type, everyDays]) => ({ type: type as OutcomeMeasureType, everyDays }))
    .sort((a, b) => a.type.localeCompare(b.type));
}
