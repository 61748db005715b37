import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD into a Date at UTC midnight (how PostgreSQL DATE columns round-trip), or null. */
export function parseLocalDate(value: string): Date | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(value) ? date : null;
}

export function formatLocalDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parse(value: unknown): Date {
  const date = typeof value === 'string' ? parseLocalDate(value) : null;
  if (!date) throw new GraphQLError('Expected a calendar date as YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  return date;
}

/** A calendar date without time or zone (dates of birth, review dates, due dates). */
export const LocalDateScalar = new GraphQLScalarType<Date, string>({
  name: 'LocalDate',
  description: 'A calendar date without time or time zone, as YYYY-MM-DD.',
  serialize: (value) => formatLocalDate(value as Date),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
