/** Dates and timestamps as PostgreSQL writes them, made Dates as Prisma's client makes them (UTC). */

/** Two decimal digits of `text` at `at`. */
const twoDigits = (text: string, at: number) => (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;

/** Starts `YYYY-MM-DD` with a year from 1000 (Date.UTC reads years 0-99 as 1900-1999). */
const isPlainDate = (text: string) => text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(0) !== 48;

/**
 * A timestamp without zone as PostgreSQL writes it (`2026-11-30 14:05:09.123` as text, with a `T` in
 * JSON; ours hold UTC), read by position: a plan read revives thousands, and Date's string parser took
 * 3% of its CPU. Any other shape (infinity, a year past 9999 or before 1000) goes to that parser.
 */
export function utcTimestamp(text: string): Date {
  const length = text.length;
  const shaped =
    (length === 19 || (length >= 21 && length <= 26 && text.charCodeAt(19) === 46)) &&
    isPlainDate(text) &&
    (text.charCodeAt(10) === 84 || text.charCodeAt(10) === 32) &&
    text.charCodeAt(13) === 58 &&
    text.charCodeAt(16) === 58;
  if (!shaped) return new Date(`${text.replace(' ', 'T')}Z`);
  let milliseconds = 0;
  for (let at = 20; at < 23; at++) milliseconds = milliseconds * 10 + (at < length ? text.charCodeAt(at) - 48 : 0);
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  return new Date(Date.UTC(year, twoDigits(text, 5) - 1, twoDigits(text, 8), twoDigits(text, 11), twoDigits(text, 14), twoDigits(text, 17), milliseconds));
}

/** A date (`2026-11-30`) as midnight UTC, as pg's parser makes it; any other shape goes to Date's parser. */
export function utcDate(text: string): Date {
  if (text.length !== 10 || !isPlainDate(text)) return new Date(`${text}T00:00:00Z`);
  return new Date(Date.UTC(twoDigits(text, 0) * 100 + twoDigits(text, 2), twoDigits(text, 5) - 1, twoDigits(text, 8)));
}
