import { ProgramCalendar } from './program-calendar.js';

describe('ProgramCalendar', () => {
  // 03:30 UTC on 9 March 2026 is still 8 March in Los Angeles, the day the clocks go forward.
  const now = new Date('2026-03-09T03:30:00Z');
  const calendar = ProgramCalendar.at('America/Los_Angeles', now);

  it("should count calendar days from the program's today, across a change of the clocks", () => {
    expect(calendar.todayIso).toBe('2026-03-08');
    expect(calendar.daysUntil(new Date('2026-03-08T00:00:00Z'))).toBe(0);
    expect(calendar.daysUntil('2026-03-15')).toBe(7);
    expect(calendar.daysUntil(new Date('2026-03-05T00:00:00Z'))).toBe(-3);
    expect(calendar.plusDays(1)).toBe('2026-03-09');
    expect(calendar.plusDays(30, '2026-02-27')).toBe('2026-03-29');
  });

  it('should give the local date and time of an instant', () => {
    expect(calendar.local(new Date('2026-03-09T16:00:00Z'))).toEqual({ date: '2026-03-09', time: '09:00' });
    expect(calendar.local(new Date('2026-03-08T07:59:00Z'))).toEqual({ date: '2026-03-07', time: '23:59' });
  });

  it('should find the next anniversary, 29 February on the 28th in other years', () => {
    expect(calendar.nextAnniversary(new Date('2019-03-08T00:00:00Z'))).toBe('2026-03-08');
    expect(calendar.nextAnniversary(new Date('2019-03-07T00:00:00Z'))).toBe('2027-03-07');
    expect(calendar.nextAnniversary(new Date('2020-02-29T00:00:00Z'))).toBe('2027-02-28');
    expect(ProgramCalendar.at('UTC', new Date('2028-01-10T00:00:00Z')).nextAnniversary(new Date('2020-02-29T00:00:00Z'))).toBe('2028-02-29');
  });

  it('should know last week, Monday to Sunday, and share one calendar per zone and instant', () => {
    expect(calendar.previousWeek().startIso).toBe('2026-02-23');
    expect(ProgramCalendar.at('America/Los_Angeles', now)).toBe(calendar);
    expect(ProgramCalendar.at('America/New_York', now).todayIso).toBe('2026-03-08');
  });
});
