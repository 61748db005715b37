import { Injectable } from '@nestjs/common';
import { type IndividualSessionGoalRow, type IndividualSessionRow, PrismaService, type SessionType, type Tx } from '@oneplan/prisma';

export type SessionOutcome = Pick<IndividualSessionRow, 'status' | 'actualStart' | 'actualEnd'>;

@Injectable()
export class IndividualSessionRepository {
  constructor(private readonly prisma: PrismaService) {}

  byPlanIds(planIds: string[]): Promise<IndividualSessionRow[]> {
    return this.prisma.rowsWhereIn<IndividualSessionRow>('IndividualSession', 'planId', planIds, '"scheduledStart", "id"');
  }

  findById(id: string, tx: Tx = this.prisma): Promise<IndividualSessionRow | null> {
    return tx.individualSession.findUnique({ where: { id } });
  }

  goalLinksBySessionIds(sessionIds: string[]) {
    return this.prisma.rowsWhereIn<IndividualSessionGoalRow>('IndividualSessionGoal', 'sessionId', sessionIds, '"sessionId", "goalId"');
  }

  create(
    tx: Tx,
    data: { planId: string; therapistId: string; type: SessionType; scheduledStart: Date; scheduledEnd: Date; createdById: string },
    goalIds: string[],
  ): Promise<IndividualSessionRow> {
    return tx.individualSession.create({ data: { ...data, goals: { create: goalIds.map((goalId) => ({ goalId })) } } });
  }

  async recordOutcome(tx: Tx, id: string, expectedVersion: number, data: Partial<SessionOutcome>): Promise<boolean> {
    const { count } = await tx.individualSession.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    return count === 1;
  }
}
