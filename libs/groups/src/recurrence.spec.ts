import { describe, expect, it } from '@jest/globals';
import { atProgramTime, occurrencesBetween, type Recurrence } from './recurrence.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Monday to Friday at 09:00 in New York, through both of 2026's daylight-saving changes.
const processGroup: Recurrence = { weekdays: [1, 2, 3, 4, 5], startTime: '09:00', durationMinutes: 180, startsOn: day('2026-03-02'), endsOn: null, timeZone: 'America/New_York' };

describe('occurrencesBetween', () => {
  it('keeps the wall-clock time across the spring change', () => {
    const found = occurrencesBetween(processGroup, [], day('2026-03-06'), day('2026-03-09'));
    expect(found.map((item) => item.startsAt.toISOString())).toEqual(['2026-03-06T14:00:00.000Z', '2026-03-09T13:00:00.000Z']);
    expect(found[1].endsAt.toISOString()).toBe('2026-03-09T16:00:00.000Z');
  });

  it('keeps the wall-clock time across the autumn change', () => {
    const found = occurrencesBetween(processGroup, [], day('2026-10-30'), day('2026-11-02'));
    expect(found.map((item) => item.startsAt.toISOString())).toEqual(['2026-10-30T13:00:00.000Z', '2026-11-02T14:00:00.000Z']);
  });

  it('skips weekdays not named, dates before the start and after the end', () => {
    const skills: Recurrence = { ...processGroup, weekdays: [2, 4], startTime: '13:00', startsOn: day('2026-04-08'), endsOn: day('2026-04-16') };
    const found = occurrencesBetween(skills, [], day('2026-04-01'), day('2026-04-30'));
    expect(found.map((item) => item.occursOn.toISOString().slice(0, 10))).toEqual(['2026-04-09', '2026-04-14', '2026-04-16']);
  });

  it('leaves out a cancelled date and moves a moved one', () => {
    const moved = new Date('2026-05-26T18:00:00Z');
    const found = occurrencesBetween(
      processGroup,
      [
        { occursOn: day('2026-05-25'), change: 'CANCELLED', movedStartsAt: null },
        { occursOn: day('2026-05-26'), change: 'MOVED', movedStartsAt: moved },
      ],
      day('2026-05-25'),
      day('2026-05-27'),
    );
    expect(found.map((item) => [item.occursOn.toISOString().slice(0, 10), item.startsAt.toISOString()])).toEqual([
      ['2026-05-26', moved.toISOString()],
      ['2026-05-27', '2026-05-27T13:00:00.000Z'],
    ]);
  });

  it('moves a time the spring change skips past the gap', () => {
    expect(atProgramTime(day('2026-03-08'), '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });
});
