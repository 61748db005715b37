import { Prisma } from './generated/client.js';

/**
 * A computed column: the ids a link table pairs with each row of `table`, e.g. a goal's problem ids
 * (`linkedIds('Goal', 'GoalProblem', 'goalId', 'problemId', 'problemIds')`). Read with the rows, it
 * saves a statement per list that would load the links on their own.
 */
export function linkedIds(table: Prisma.ModelName, link: Prisma.ModelName, ownColumn: string, otherColumn: string, as: string): Prisma.Sql {
  return Prisma.raw(`ARRAY(SELECT l."${otherColumn}" FROM "${link}" l WHERE l."${ownColumn}" = "${table}"."id" ORDER BY 1) AS "${as}"`);
}
