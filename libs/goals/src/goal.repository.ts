import { Injectable } from '@nestjs/common';
import { type GoalProblemRow, type GoalRow, type InterventionRow, linkedIds, type ObjectiveRow, Prisma, PrismaService, type Tx, isAnyOf } from '@oneplan/prisma';

export type GoalFields = Pick<GoalRow, 'statement' | 'ownerId' | 'status'>;
export type ObjectiveFields = Pick<ObjectiveRow, 'description' | 'target' | 'targetDate' | 'achieved'>;

const BY_CREATION = '"createdAt", "id"';

/** The problems each goal addresses, read with the goals. */
const GOAL_PROBLEM_IDS = linkedIds('Goal', 'GoalProblem', 'goalId', 'problemId', 'problemIds');

/** Goals with their problem links, objectives and interventions. */
@Injectable()
export class GoalRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Each plan's goals, each with the ids of the problems it addresses. */
  byPlanIds(planIds: readonly string[]): Promise<Array<GoalRow & { problemIds: string[] }>> {
    return this.prisma.read(Prisma.sql`SELECT *, ${GOAL_PROBLEM_IDS} FROM "Goal" WHERE "planId" ${isAnyOf(planIds)} ORDER BY ${Prisma.raw(BY_CREATION)}`);
  }

  findById(id: string, tx: Tx = this.prisma): Promise<GoalRow | null> {
    return tx.goal.findUnique({ where: { id } });
  }

  create(tx: Tx, data: GoalFields & { planId: string; createdById: string; templateId?: string }, problemIds: string[]): Promise<GoalRow> {
    return tx.goal.create({ data: { ...data, problems: { create: problemIds.map((problemId) => ({ problemId })) } } });
  }

  async update(tx: Tx, id: string, expectedVersion: number, data: Partial<GoalFields>): Promise<boolean> {
    const { count } = await tx.goal.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    return count === 1;
  }

  async problemIdsOf(goalId: string, tx: Tx): Promise<string[]> {
    return (await tx.goalProblem.findMany({ where: { goalId }, select: { problemId: true } })).map((row) => row.problemId);
  }

  async replaceProblems(tx: Tx, goalId: string, problemIds: string[]): Promise<void> {
    await tx.goalProblem.deleteMany({ where: { goalId } });
    await tx.goalProblem.createMany({ data: problemIds.map((problemId) => ({ goalId, problemId })) });
  }

  problemLinksByGoalIds(goalIds: string[]) {
    return this.prisma.rowsWhereIn<GoalProblemRow>('GoalProblem', 'goalId', goalIds, '"goalId", "problemId"');
  }

  objectivesByGoalIds(goalIds: string[]): Promise<ObjectiveRow[]> {
    return this.prisma.rowsWhereIn<ObjectiveRow>('Objective', 'goalId', goalIds, BY_CREATION);
  }

  findObjective(id: string, tx: Tx): Promise<ObjectiveRow | null> {
    return tx.objective.findUnique({ where: { id } });
  }

  createObjective(tx: Tx, data: Omit<ObjectiveRow, 'id' | 'achieved' | 'version' | 'createdAt' | 'templateId'> & { templateId?: string }): Promise<ObjectiveRow> {
    return tx.objective.create({ data });
  }

  async updateObjective(tx: Tx, id: string, expectedVersion: number, data: Partial<ObjectiveFields>): Promise<boolean> {
    const { count } = await tx.objective.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    return count === 1;
  }

  interventionsByGoalIds(goalIds: string[]): Promise<InterventionRow[]> {
    return this.prisma.rowsWhereIn<InterventionRow>('Intervention', 'goalId', goalIds, BY_CREATION);
  }

  createIntervention(tx: Tx, data: { goalId: string; name: string; description?: string; frequency?: string; createdById: string; templateId?: string }): Promise<InterventionRow> {
    return tx.intervention.create({ data });
  }

  goalsByIds(ids: string[]): Promise<GoalRow[]> {
    return this.prisma.rowsWhereIn<GoalRow>('Goal', 'id', ids);
  }

  objectivesByIds(ids: string[]): Promise<ObjectiveRow[]> {
    return this.prisma.rowsWhereIn<ObjectiveRow>('Objective', 'id', ids);
  }

  interventionsByIds(ids: string[]): Promise<InterventionRow[]> {
    return this.prisma.rowsWhereIn<InterventionRow>('Intervention', 'id', ids);
  }
}
