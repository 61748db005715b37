import { utcDate, utcTimestamp } from './utc-values.js';

/** What Date's own parser makes of PostgreSQL's text, the reference the positional reading must equal. */
const parsed = (text: string) => new Date(`${text.replace(' ', 'T')}Z`).getTime();

describe('utcTimestamp', () => {
  it('reads every instant as Date parses it, from text and JSON, with 0 to 6 fraction digits', () => {
    const texts: string[] = [];
    for (let i = 0; i < 5000; i++) {
      // Spread over years 1000-9999, leap days and month ends included by the stride.
      const iso = new Date(Date.UTC(1000, 0, 1) + i * 56_789_123_457).toISOString();
      if (iso.startsWith('+') || iso.startsWith('-')) continue;
      const fraction = String(i % 1_000_000)
        .padStart(6, '0')
        .slice(0, i % 7)
        .replace(/0+$/, '');
      const text = `${iso.slice(0, 10)}${i % 2 ? 'T' : ' '}${iso.slice(11, 19)}${fraction ? `.${fraction}` : ''}`;
      texts.push(text);
    }
    texts.push('2024-02-29 23:59:59.999', '1000-01-01T00:00:00', '9999-12-31T23:59:59.9', '2026-11-30T02:33:00.5');
    expect(texts.length).toBeGreaterThan(4000);
    for (const text of texts) expect([text, utcTimestamp(text).getTime()]).toEqual([text, parsed(text)]);
  });

  it('leaves other shapes to Date: years before 1000 or after 9999, eras, infinity', () => {
    expect(utcTimestamp('0099-03-01 10:00:00').getTime()).toBe(parsed('0099-03-01 10:00:00'));
    expect(utcTimestamp('0999-12-31T23:00:00.1').getTime()).toBe(parsed('0999-12-31T23:00:00.1'));
    expect(utcTimestamp('0999-12-31T23:00:00.1').getUTCFullYear()).toBe(999);
    expect(Number.isNaN(utcTimestamp('infinity').getTime())).toBe(true);
    expect(Number.isNaN(utcTimestamp('10000-01-01T00:00:00').getTime())).toBe(Number.isNaN(parsed('10000-01-01T00:00:00')));
    expect(Number.isNaN(utcTimestamp('2026-11-30T02:33:00 BC').getTime())).toBe(true);
  });
});

describe('utcDate', () => {
  it('reads a date as midnight UTC, as Date parses it', () => {
    for (const text of ['2026-11-30', '2024-02-29', '1000-01-01', '9999-12-31', '1970-01-01']) expect(utcDate(text).getTime()).toBe(new Date(`${text}T00:00:00Z`).getTime());
    expect(utcDate('0050-06-01').getUTCFullYear()).toBe(50);
    expect(Number.isNaN(utcDate('infinity').getTime())).toBe(true);
  });
});
