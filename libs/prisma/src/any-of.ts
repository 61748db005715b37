import { Prisma } from './generated/client.js';

/**
 * "Is one of these ids", to follow a column in SQL: `= ANY(ids)`, or `= id` when there is one. PostgreSQL
 * plans a prepared statement for its values on its first five runs, then keeps one generic plan if that
 * is estimated to cost no more. A generic plan guesses ten elements for an array parameter, so a statement
 * naming one id through ANY never settled and was planned again on every run: an access decision spent
 * about 1 ms planning for 0.15 ms executing. Compared by equality, it settles on the generic plan.
 */
export function isAnyOf(ids: readonly string[]): Prisma.Sql {
  return ids.length === 1 ? Prisma.sql`= ${ids[0]}::uuid` : Prisma.sql`= ANY(${ids}::uuid[])`;
}

const ONE_ID = /= (\$\d+)::uuid(?!\[)/g;

/** Keys of the texts seen (written in code, so few; a whole-plan read looks up about thirty). */
const KEYS = new Map<string, string>();
const MAX_KEYS = 2000;

/**
 * What a read's result columns depend on: its text with isAnyOf's two forms made one, so that a read
 * learnt with one id is known with several (see PrismaService.read).
 */
export function columnsKey(text: string): string {
  let key = KEYS.get(text);
  if (key === undefined) {
    key = text.replace(ONE_ID, '= ANY($1::uuid[])');
    if (KEYS.size < MAX_KEYS) KEYS.set(text, key);
  }
  return key;
}
