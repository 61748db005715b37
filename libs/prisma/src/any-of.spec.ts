import { Prisma } from './generated/client.js';
import { columnsKey, isAnyOf } from './any-of.js';

const goalsOf = (planIds: string[]) => Prisma.sql`SELECT "id", "title" FROM "Goal" WHERE "planId" ${isAnyOf(planIds)} AND "createdById" = ${'staff'}::uuid`;

describe('isAnyOf', () => {
  it('should compare one id by equality and several through ANY, each a single parameter', () => {
    expect(goalsOf(['a']).text).toContain('"planId" = $1::uuid AND');
    expect(goalsOf(['a', 'b']).text).toContain('"planId" = ANY($1::uuid[]) AND');
    expect(goalsOf([]).values[0]).toEqual([]);
  });

  it("should give a read's two forms one columns key, and keep reads of other columns apart", () => {
    expect(columnsKey(goalsOf(['a']).text)).toBe(columnsKey(goalsOf(['a', 'b']).text));
    expect(columnsKey(goalsOf(['a']).text)).not.toBe(columnsKey(goalsOf(['a']).text.replace('"title"', '"status"')));
  });
});
