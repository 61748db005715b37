import type pg from 'pg';
import { Prisma } from './generated/client.js';
import { utcDate, utcTimestamp } from './utc-values.js';

/** A read waiting for its wave's statement. */
interface PendingRead {
  query: Prisma.Sql;
  resolve: (rows: unknown[]) => void;
  reject: (error: unknown) => void;
}

/**
 * The reads one request's batch loaders start in the same turn of the event loop (the fields of one
 * level of a GraphQL response): sent as one statement when the turn ends, instead of one each.
 */
export class ReadWave {
  pending: PendingRead[] = [];
  scheduled = false;
}

/** The wave of the batch running now: set while a batch starts, so only reads it starts at once join. */
let active: ReadWave | undefined;

/** The wave that plain-SQL reads started now join, if any. */
export const currentWave = () => active;

/**
 * Runs `work` so that the plain-SQL reads it starts synchronously join `wave` (see ReadWave): what a
 * request's batch loaders run their batches in. A read started after an await in `work` runs alone.
 * (A synchronous scope, not AsyncLocalStorage: on Node 20 that enables promise hooks on every promise.)
 */
export function joiningWave(wave: ReadWave): <T>(work: () => T) => T {
  return (work) => {
    const outer = active;
    active = wave;
    try {
      return work();
    } finally {
      active = outer;
    }
  };
}

/** A column of a read's result: its name and PostgreSQL type. */
export type ReadColumns = Array<{ name: string; dataTypeID: number }>;

/**
 * Values of a column as they come in JSON, made what pg's parsers make of them (see read-pool): JSON
 * writes timestamps without a zone (they are UTC), dates as ISO dates, numerics as numbers.
 */
const FROM_JSON: Record<number, (value: never) => unknown> = {
  1082: utcDate,
  1114: utcTimestamp,
  1184: (value: string) => new Date(value),
  1700: (value: number) => String(value),
};

/** Rows of one read of a wave (a JSON array), with its columns' values as a read alone would give them. */
export function revive(rows: Array<Record<string, unknown>> | null, columns: ReadColumns): unknown[] {
  if (!rows) return [];
  const converted = columns.filter((column) => FROM_JSON[column.dataTypeID]);
  if (converted.length)
    for (const row of rows)
      for (const { name, dataTypeID } of converted) {
        const value = row[name];
        if (value !== null && value !== undefined) row[name] = FROM_JSON[dataTypeID](value as never);
      }
  return rows;
}

/** One statement answering every read of a wave: each read's rows as a JSON array in a column of its own. */
export function waveStatement(queries: Prisma.Sql[]): Prisma.Sql {
  return Prisma.sql`SELECT ${Prisma.join(
    queries.map((query, index) => Prisma.sql`(SELECT json_agg(t) FROM (${query}) t) AS ${Prisma.raw(`"r${index}"`)}`),
    ', ',
  )}`;
}

/** The columns of a result, remembered per statement text (they depend on the text alone). */
export function columnsOf(result: pg.QueryResult): ReadColumns {
  return result.fields.map(({ name, dataTypeID }) => ({ name, dataTypeID }));
}
