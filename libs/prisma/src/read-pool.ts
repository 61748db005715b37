import { createHash } from 'node:crypto';
import pg from 'pg';
import { utcDate, utcTimestamp } from './utc-values.js';

type Parser = (value: string) => unknown;

// text[] has OID 1009; pg's own parser for it reads any array of labels.
const parseTextArray = pg.types.getTypeParser(1009 as Parameters<typeof pg.types.getTypeParser>[0], 'text') as (value: string) => string[];

/** Values as Prisma returns them: timestamps (stored in UTC) and dates as Dates, counts as numbers. */
const PARSERS: Record<number, Parser> = {
  20: Number, // int8: counts, far below 2^53
  1082: utcDate,
  1114: utcTimestamp, // timestamp(3), kept in UTC
};

/** PostgreSQL's first OID for types a database defines (our enums). */
const FIRST_USER_TYPE = 16384;

/**
 * Uses (a read, or a transaction) a connection serves before the pool replaces it. PostgreSQL keeps a
 * prepared statement's generic plan on its connection until an ANALYZE of the tables it reads; where
 * autovacuum is off (as on these machines), a plan made while a table was nearly empty went on scanning
 * it as it grew: a medication check took 150-250 ms on one connection at 30,000 changes. A new
 * connection plans for the tables as they are.
 */
export const CONNECTION_MAX_USES = 10_000;

/**
 * The pool Prisma's adapter and the plain-SQL reads share. Reads go to pg directly: a batch read through
 * $queryRaw costs about three times the CPU (the query engine's interpretation and type mapping on top),
 * and a plan read is dozens of them.
 */
export function createPool(connectionString: string, max: number): pg.Pool {
  return new pg.Pool({
    connectionString,
    max,
    maxUses: CONNECTION_MAX_USES,
    // Only the pool's own queries use these: Prisma passes its parsers with each of its queries.
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => PARSERS[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser },
  });
}

/** Query parameters as PostgreSQL reads them: Dates as UTC instants (pg would write them in local time). */
export function toParameters(values: unknown[]): unknown[] {
  return values.map((value) => (value instanceof Date ? value.toISOString() : value));
}

/**
 * Rows with arrays of our enums (a consent's categories) parsed: pg returns them in PostgreSQL's text
 * form, "{MEDICATIONS,SUBSTANCE_USE}". Single enum values are labels, which never start with a brace.
 */
export function withEnumArrays<T>(result: pg.QueryResult): T[] {
  const columns = result.fields.filter((field) => field.dataTypeID >= FIRST_USER_TYPE).map((field) => field.name);
  if (columns.length) {
    for (const row of result.rows) {
      for (const column of columns) {
        const value = row[column];
        if (typeof value === 'string' && value.startsWith('{')) row[column] = parseTextArray(value);
      }
    }
  }
  return result.rows as T[];
}

/**
 * A prepared statement's name for a SELECT's text: each connection parses and plans a read once, then
 * reuses the plan (a plan read's statements cost PostgreSQL about a third of their CPU in planning). The
 * texts are written in code (values are parameters), so their number is bounded.
 */
export function statementName(text: string): string {
  let name = NAMES.get(text);
  if (!name) {
    name = `r${createHash('sha1').update(text).digest('base64url')}`;
    if (NAMES.size < MAX_NAMED) NAMES.set(text, name);
  }
  return name;
}

const NAMES = new Map<string, string>();
/** A bound on the names remembered, should code ever build texts without bound. */
const MAX_NAMED = 2000;

/**
 * Names texts for preparing (see statementName) only while fewer than `max` have been: for texts whose
 * number depends on input (which reads share a wave depends on what a request selects; Prisma writes
 * `IN` lists out), as each prepared statement holds memory on every connection.
 */
function preparedWhileFew(max: number): (text: string) => string | undefined {
  const named = new Set<string>();
  return (text) => {
    if (!named.has(text)) {
      if (named.size >= max) return undefined;
      named.add(text);
    }
    return statementName(text);
  };
}

export const waveStatementName = preparedWhileFew(100);

/**
 * The statements of Prisma's adapter (a change's lock, INSERTs and records): prepared, so PostgreSQL parses
 * and plans each once per connection. Statements without parameters (BEGIN, COMMIT) run unprepared.
 */
const preparedChange = preparedWhileFew(500);
export const changeStatementName = (query: { sql: string; args: unknown[] }) => (query.args.length ? preparedChange(query.sql) : undefined);
