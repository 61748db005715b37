import { measureSchedule } from './measure-schedule.js';

describe('measure schedule', () => {
  it('should use the defaults and let a program change or turn off a measure', () => {
    expect(measureSchedule('PHP', [])).toEqual([
      { type: 'GAD7', everyDays: 7 },
      { type: 'PCL5', everyDays: 14 },
      { type: 'PHQ9', everyDays: 7 },
    ]);
    expect(measureSchedule('VIRTUAL_IOP', [])).toEqual([
      { type: 'GAD7', everyDays: 7 },
      { type: 'PHQ9', everyDays: 7 },
    ]);
    expect(
      measureSchedule('IOP', [
        { type: 'PCL5', everyDays: 0 },
        { type: 'AUDIT_C', everyDays: 30 },
      ]),
    ).toEqual([
      { type: 'AUDIT_C', everyDays: 30 },
      { type: 'GAD7', everyDays: 7 },
      { type: 'PHQ9', everyDays: 7 },
    ]);
  });
});
