import { Injectable } from '@nestjs/common';
import { type Keyset, PrismaService, type TaskRow, type Tx } from '@oneplan/prisma';

/** Soonest due first. */
export const TASKS_ORDER: Keyset<TaskRow> = {
  columns: [{ sql: '"dueDate"', cast: 'date' }, { sql: '"id"', cast: 'uuid' }],
  descending: false,
  valuesOf: (row) => [row.dueDate.toISOString().slice(0, 10), row.id],
};

export type TaskFields = Pick<TaskRow, 'status' | 'ownerId' | 'dueDate' | 'completedAt'>;

@Injectable()
export class TaskRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Each plan's tasks (a nested connection). */
  readonly tasksOfPlans = this.prisma.listUnder('tasks.ofPlan', 'Task', 'planId', TASKS_ORDER);

  byPlanIds(planIds: string[]): Promise<TaskRow[]> {
    return this.prisma.rowsWhereIn<TaskRow>('Task', 'planId', planIds, '"dueDate", "id"');
  }

  findById(id: string, tx: Tx = this.prisma): Promise<TaskRow | null> {
    return tx.task.findUnique({ where: { id } });
  }

  /** Open and in-progress tasks of a plan, soonest due first. */
  openOfPlan(planId: string, tx: Tx = this.prisma): Promise<TaskRow[]> {
    return tx.task.findMany({ where: { planId, status: { in: ['OPEN', 'IN_PROGRESS'] } }, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] });
  }

  create(tx: Tx, data: { planId: string; title: string; ownerId: string; dueDate: Date; goalId?: string; individualSessionId?: string; createdById: string }): Promise<TaskRow> {
    return tx.task.create({ data });
  }

  async update(tx: Tx, id: string, expectedVersion: number, data: Partial<TaskFields>): Promise<boolean> {
    const { count } = await tx.task.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    return count === 1;
  }

  tasksByIds(ids: string[]): Promise<TaskRow[]> {
    return this.prisma.rowsWhereIn<TaskRow>('Task', 'id', ids);
  }
}
