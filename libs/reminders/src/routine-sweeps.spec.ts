import { RoutineSweeps } from './routine-sweeps.js';
import type { OpenPlan, SweepsRepository } from './sweeps.repository.js';

const NOW = new Date('2026-11-20T15:00:00Z');
const plan = (measureSchedule: OpenPlan['measureSchedule']): OpenPlan => ({
  planId: 'plan-1',
  patientId: 'patient-1',
  programId: 'program-1',
  timeZone: 'America/Chicago',
  firstName: 'Dana',
  lastName: 'Example',
  recordNumber: 'RB-1',
  levelOfCare: 'IOP',
  nextReviewDate: new Date('2026-12-01'),
  episodeStart: new Date('2026-11-01'),
  measureSchedule,
  team: [{ staffId: 'therapist-1', role: 'PRIMARY_THERAPIST' }],
});

/** Every measure last given ten days ago. */
function sweepsWith(programSettings: Array<{ type: 'PHQ9' | 'GAD7' | 'PCL5'; everyDays: number }>): RoutineSweeps {
  const tenDaysAgo = new Date(NOW.getTime() - 10 * 86_400_000);
  const repository = {
    measureSchedules: async () => new Map([['program-1', programSettings]]),
    lastMeasures: async () => new Map(['PHQ9', 'GAD7', 'PCL5'].map((type) => [`plan-1:${type}`, tenDaysAgo])),
  } as unknown as SweepsRepository;
  return new RoutineSweeps(repository);
}

describe('Measures due', () => {
  it("should take a plan's own days over its program's and the defaults", async () => {
    const due = async (measureSchedule: OpenPlan['measureSchedule'], programSettings: Array<{ type: 'PHQ9' | 'GAD7' | 'PCL5'; everyDays: number }> = []) =>
      (await sweepsWith(programSettings).measuresDue([plan(measureSchedule)], NOW)).map((item) => item.message.split(' ')[0]).sort();
    // Defaults at IOP: PHQ-9 and GAD-7 weekly, PCL-5 every 14 days: ten days on, two are due.
    expect(await due(null)).toEqual(['GAD7', 'PHQ9']);
    // The program sets PCL-5 weekly; the plan (from a template) turns GAD-7 off and PHQ-9 to every 14 days.
    expect(await due(null, [{ type: 'PCL5', everyDays: 7 }])).toEqual(['GAD7', 'PCL5', 'PHQ9']);
    expect(
      await due(
        [
          { type: 'GAD7', everyDays: 0 },
          { type: 'PHQ9', everyDays: 14 },
        ],
        [{ type: 'PCL5', everyDays: 7 }],
      ),
    ).toEqual(['PCL5']);
  });
});
