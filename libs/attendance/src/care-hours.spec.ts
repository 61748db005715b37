import type { CareDelivered } from './attendance.repository.js';
import { careWeeks, weeklyCareHours } from './care-hours.js';

const until = (start: string, minutes: number) => new Date(new Date(start).getTime() + minutes * 60_000);
const attended = (startsAt: string, minutes: number, status = 'PRESENT', minutesAttended: number | null = null): CareDelivered => ({
  planId: 'plan',
  kind: 'GROUP',
  status,
  minutesAttended,
  startsAt: new Date(startsAt),
  endsAt: until(startsAt, minutes),
});
const session = (start: string, minutes: number, status = 'COMPLETED'): CareDelivered => ({
  planId: 'plan',
  kind: 'SESSION',
  status,
  minutesAttended: null,
  startsAt: new Date(start),
  endsAt: until(start, minutes),
});

describe(weeklyCareHours.name, () => {
  it('should count groups attended and completed sessions against the IOP band', () => {
    const weeks = weeklyCareHours({
      delivered: [
        attended('2026-03-02T23:00:00Z', 180),
        attended('2026-03-04T23:00:00Z', 180, 'LATE', 120),
        attended('2026-03-05T23:00:00Z', 180, 'ABSENT'),
        session('2026-03-03T15:00:00Z', 60),
        session('2026-03-04T15:00:00Z', 60, 'NO_SHOW'),
      ],
      levelOfCare: 'IOP',
      timeZone: 'America/New_York',
      weeks: 1,
      now: new Date('2026-03-06T12:00:00Z'),
    });
    expect(weeks).toEqual([{ weekStart: new Date('2026-03-02T00:00:00Z'), groupHours: 5, individualHours: 1, totalHours: 6, requiredMinimum: 9, requiredMaximum: 19, band: 'BELOW' }]);
  });

  it('should put a Sunday-night group in the week of the program time zone, not of UTC', () => {
    // 01:30 UTC on Monday 9 March is still Sunday 8 March in Chicago.
    const weeks = weeklyCareHours({
      delivered: [attended('2026-03-09T01:30:00Z', 60)],
      levelOfCare: 'PHP',
      timeZone: 'America/Chicago',
      weeks: 2,
      now: new Date('2026-03-10T12:00:00Z'),
    });
    expect(weeks.map((week) => [week.weekStart.toISOString().slice(0, 10), week.totalHours])).toEqual([
      ['2026-03-02', 1],
      ['2026-03-09', 0],
    ]);
  });

  it('should keep weeks whole across the daylight-saving changes', () => {
    const spring = weeklyCareHours({ delivered: [], levelOfCare: 'PHP', timeZone: 'America/New_York', weeks: 3, now: new Date('2026-03-16T12:00:00Z') });
    expect(spring.map((week) => week.weekStart.toISOString().slice(0, 10))).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    const autumn = weeklyCareHours({
      delivered: [attended('2026-11-01T14:00:00Z', 120)],
      levelOfCare: 'PHP',
      timeZone: 'America/New_York',
      weeks: 2,
      now: new Date('2026-11-03T12:00:00Z'),
    });
    expect(autumn.map((week) => [week.weekStart.toISOString().slice(0, 10), week.totalHours, week.band])).toEqual([
      ['2026-10-26', 2, 'BELOW'],
      ['2026-11-02', 0, 'BELOW'],
    ]);
  });

  it('should place PHP at 20 hours or more with no upper limit', () => {
    const days = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];
    const [week] = weeklyCareHours({
      delivered: days.map((day) => attended(`${day}T14:00:00Z`, 300)),
      levelOfCare: 'PHP',
      timeZone: 'UTC',
      weeks: 1,
      now: new Date('2026-03-07T12:00:00Z'),
    });
    expect(week).toMatchObject({ totalHours: 25, requiredMinimum: 20, requiredMaximum: null, band: 'WITHIN' });
  });
});

describe(careWeeks.name, () => {
  const mondays = (weeks: { starts: Array<{ toISODate(): string | null }> }) => weeks.starts.map((start) => start.toISODate());

  it('should work the weeks out once a week: the same weeks until the last one ends in the zone, then the next', () => {
    const wednesday = careWeeks('America/New_York', 2, new Date('2026-11-25T15:00:00Z'));
    // Sunday 23:30 in New York is still that week; Monday 00:30 there is the next one.
    expect(careWeeks('America/New_York', 2, new Date('2026-11-30T04:30:00Z'))).toBe(wednesday);
    expect(mondays(wednesday)).toEqual(['2026-11-16', '2026-11-23']);
    expect(mondays(careWeeks('America/New_York', 2, new Date('2026-11-30T05:30:00Z')))).toEqual(['2026-11-23', '2026-11-30']);
    // An earlier instant, another zone or another count is worked out for itself.
    expect(mondays(careWeeks('America/New_York', 2, new Date('2026-11-20T12:00:00Z')))).toEqual(['2026-11-09', '2026-11-16']);
    expect(mondays(careWeeks('Pacific/Auckland', 2, new Date('2026-11-29T12:00:00Z')))).toEqual(['2026-11-23', '2026-11-30']);
    expect(mondays(careWeeks('America/New_York', 1, new Date('2026-11-25T15:00:00Z')))).toEqual(['2026-11-23']);
  });
});
