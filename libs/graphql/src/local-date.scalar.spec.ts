import { formatLocalDate, LocalDateScalar, parseLocalDate } from './local-date.scalar.js';

describe('LocalDate', () => {
  it('should accept real calendar dates only', () => {
    expect(parseLocalDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseLocalDate('2025-02-29')).toBeNull();
    expect(parseLocalDate('2025-13-01')).toBeNull();
    expect(parseLocalDate('2025-1-01')).toBeNull();
    expect(() => LocalDateScalar.parseValue('yesterday')).toThrow('YYYY-MM-DD');
  });

  it('should print dates as YYYY-MM-DD', () => {
    expect(formatLocalDate(new Date('2026-11-27T00:00:00Z'))).toBe('2026-11-27');
  });
});
