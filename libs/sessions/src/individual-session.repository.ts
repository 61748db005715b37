import { Injectable } from '@nestjs/common';
import { byTime, type IndividualSessionGoalRow, type IndividualSessionRow, linkedIds, PrismaService, type SessionType, type Tx } from '@oneplan/prisma';

/** Earliest first. */
export const SESSIONS_ORDER = byTime<IndividualSessionRow>('scheduledStart', false);

export type SessionOutcome = Pick<IndividualSessionRow, 'status' | 'actualStart' | 'actualEnd' | 'supportIds'>;

/** The goals each session addresses, read with the sessions. */
const SESSION_GOAL_IDS = linkedIds('IndividualSession', 'IndividualSessionGoal', 'sessionId', 'goalId', 'goalIds');

@Injectable()
export class IndividualSessionRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Each plan's individual sessions (a nested connection). */
  readonly sessionsOfPlans = this.prisma.listUnder('sessions.ofPlan', 'IndividualSession', 'planId', SESSIONS_ORDER, { columns: SESSION_GOAL_IDS });

  findById(id: string, tx: Tx = this.prisma): Promise<IndividualSessionRow | null> {
    return tx.individualSession.findUnique({ where: { id } });
  }

  goalLinksBySessionIds(sessionIds: string[]) {
    return this.prisma.rowsWhereIn<IndividualSessionGoalRow>('IndividualSessionGoal', 'sessionId', sessionIds, '"sessionId", "goalId"');
  }

  create(tx: Tx, data: { planId: string; therapistId: string; type: SessionType; scheduledStart: Date; scheduledEnd: Date; createdById: string }, goalIds: string[]): Promise<IndividualSessionRow> {
    return tx.individualSession.create({ data: { ...data, goals: { create: goalIds.map((goalId) => ({ goalId })) } } });
  }

  /** Which of these ids are supports the patient still names. */
  async currentSupports(tx: Tx, patientId: string, ids: string[]): Promise<Set<string>> {
    const rows = await tx.support.findMany({ where: { id: { in: ids }, patientId, endedAt: null }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  }

  async recordOutcome(tx: Tx, id: string, expectedVersion: number, data: Partial<SessionOutcome>): Promise<boolean> {
    const { count } = await tx.individualSession.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    return count === 1;
  }

  sessionsByIds(ids: string[]): Promise<IndividualSessionRow[]> {
    return this.prisma.rowsWhereIn<IndividualSessionRow>('IndividualSession', 'id', ids);
  }
}
