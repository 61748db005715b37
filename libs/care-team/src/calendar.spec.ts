import { addDays, todayIn } from './calendar.js';

describe(todayIn.name, () => {
  it("should give the program's calendar date, not UTC's", () => {
    const lateEvening = new Date('2026-07-01T03:30:00Z');
    expect(todayIn('America/Los_Angeles', lateEvening).toISOString()).toBe('2026-06-30T00:00:00.000Z');
    expect(todayIn('Europe/Berlin', lateEvening).toISOString()).toBe('2026-07-01T00:00:00.000Z');
  });

  it('should add whole days to calendar dates across daylight-saving changes', () => {
    expect(addDays(todayIn('America/New_York', new Date('2026-03-07T15:00:00Z')), 2).toISOString()).toBe('2026-03-09T00:00:00.000Z');
  });
});
