import { Prisma } from './generated/client.js';

/** One column of a keyset order: its SQL (written in code, never taken from input) and the type its cursor value is cast to. */
export interface KeyColumn {
  sql: string;
  cast: 'text' | 'uuid' | 'date' | 'timestamp(3)' | 'integer';
}

/**
 * A list's order for keyset pagination: columns compared as one row (the last one unique, usually the id),
 * all ascending or all descending, and how to read a row's values back for its cursor.
 */
export interface Keyset<T> {
  columns: KeyColumn[];
  descending: boolean;
  valuesOf: (row: T) => string[];
}

/** Which rows a page asks for (see PageWindow in libs/graphql). */
interface Window {
  size: number;
  backward: boolean;
  cursor?: string[];
}

/**
 * The clauses of one page: rows past the cursor, in reading order (a backward page reads from the end),
 * one more than the page holds so the caller learns whether more follow. A cursor whose values do not
 * fit the columns matches nothing rather than failing.
 */
export function keysetClauses<T>(keyset: Keyset<T>, window: Window): { past: Prisma.Sql; orderBy: Prisma.Sql; limit: number } {
  const reading = keyset.descending !== window.backward ? 'DESC' : 'ASC';
  const orderBy = Prisma.raw(keyset.columns.map((column) => `${column.sql} ${reading}`).join(', '));
  const cursor = window.cursor;
  if (!cursor || cursor.length !== keyset.columns.length || !cursor.every((value, index) => castable(value, keyset.columns[index].cast))) {
    return { past: cursor ? Prisma.sql`FALSE` : Prisma.sql`TRUE`, orderBy, limit: window.size + 1 };
  }
  const columns = Prisma.raw(`(${keyset.columns.map((column) => column.sql).join(', ')})`);
  const values = Prisma.join(cursor.map((value, index) => Prisma.sql`${value}::${Prisma.raw(keyset.columns[index].cast)}`));
  return { past: Prisma.sql`${columns} ${Prisma.raw(reading === 'DESC' ? '<' : '>')} (${values})`, orderBy, limit: window.size + 1 };
}

const SHAPES: Record<KeyColumn['cast'], RegExp> = {
  text: /^[\s\S]*$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
  'timestamp(3)': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/,
  integer: /^-?\d{1,9}$/,
};

/** Whether PostgreSQL will accept the value for the column (a calendar date must exist, and be one PostgreSQL holds). */
function castable(value: string, cast: KeyColumn['cast']): boolean {
  if (!SHAPES[cast].test(value)) return false;
  if (cast !== 'date' && cast !== 'timestamp(3)') return true;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value.slice(0, 10));
}

/** The usual order of a list: by a timestamp column, then id (oldest first, or newest first when `descending`). */
export function byTime<T extends { id: string }>(column: keyof T & string, descending: boolean): Keyset<T> {
  return {
    columns: [
      { sql: `"${column}"`, cast: 'timestamp(3)' },
      { sql: '"id"', cast: 'uuid' },
    ],
    descending,
    valuesOf: (row) => [(row[column] as Date).toISOString(), row.id],
  };
}

/** A LIKE pattern matching text that starts with `prefix`, its wildcards taken literally. */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
