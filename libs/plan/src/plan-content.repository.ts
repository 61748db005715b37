import { Injectable } from '@nestjs/common';
import { type ProblemCategory, type ProblemRow, PrismaService, type SafetyPlanRow, type TriggerDateRow, type Tx } from '@oneplan/prisma';

export type ProblemCodes = Pick<ProblemRow, 'snomedCode' | 'snomedDisplay' | 'icd10Code' | 'icd10Display'>;
export type ProblemFields = Pick<ProblemRow, 'title' | 'description' | 'category' | 'resolved'> & ProblemCodes;
export type SafetyPlanFields = Pick<SafetyPlanRow, 'warningSigns' | 'copingStrategies' | 'peopleAndPlaces' | 'contacts' | 'crisisLines'>;
export type TriggerDateFields = Pick<TriggerDateRow, 'label' | 'date' | 'recursAnnually' | 'leadTimeDays'>;

import { type Part2Labels, part2LabelsOf } from './part2.js';

/** Problems, trigger dates and the safety plan of treatment plans. */
@Injectable()
export class PlanContentRepository {
  constructor(private readonly prisma: PrismaService) {}

  problemsByPlanIds(planIds: string[]): Promise<ProblemRow[]> {
    return this.prisma.rowsWhereIn<ProblemRow>('Problem', 'planId', planIds, '"createdAt", "id"');
  }

  problemsByIds(ids: string[], tx: Tx = this.prisma): Promise<ProblemRow[]> {
    return tx.problem.findMany({ where: { id: { in: ids } } });
  }

  createProblem(
    tx: Tx,
    data: { planId: string; title: string; description: string; category: ProblemCategory; createdById: string; templateId?: string } & Partial<ProblemCodes>,
  ): Promise<ProblemRow> {
    return tx.problem.create({ data });
  }

  async updateProblem(tx: Tx, id: string, expectedVersion: number, data: Partial<ProblemFields>): Promise<boolean> {
    const { count } = await tx.problem.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    return count === 1;
  }

  /** Each plan's Part 2 labels (see part2.ts). */
  part2LabelsByPlanIds(planIds: string[]): Promise<Part2Labels[]> {
    return this.prisma.read<Part2Labels>(part2LabelsOf(planIds));
  }

  triggerDatesByPlanIds(planIds: string[]): Promise<TriggerDateRow[]> {
    return this.prisma.rowsWhereIn<TriggerDateRow>('TriggerDate', 'planId', planIds, '"date", "id"');
  }

  createTriggerDate(tx: Tx, data: TriggerDateFields & { planId: string; createdById: string }): Promise<TriggerDateRow> {
    return tx.triggerDate.create({ data });
  }

  safetyPlansByPlanIds(planIds: string[]): Promise<SafetyPlanRow[]> {
    return this.prisma.rowsWhereIn<SafetyPlanRow>('SafetyPlan', 'planId', planIds);
  }

  safetyPlanOf(planId: string, tx: Tx): Promise<SafetyPlanRow | null> {
    return tx.safetyPlan.findUnique({ where: { planId } });
  }

  async updateSafetyPlan(tx: Tx, planId: string, expectedVersion: number, data: Partial<SafetyPlanFields>, updatedById: string): Promise<boolean> {
    const { count } = await tx.safetyPlan.updateMany({
      where: { planId, version: expectedVersion },
      data: { ...data, contacts: data.contacts ?? undefined, crisisLines: data.crisisLines ?? undefined, updatedById, version: { increment: 1 } },
    });
    return count === 1;
  }

  triggerDatesByIds(ids: string[]): Promise<TriggerDateRow[]> {
    return this.prisma.rowsWhereIn<TriggerDateRow>('TriggerDate', 'id', ids);
  }

  safetyPlansByIds(ids: string[]): Promise<SafetyPlanRow[]> {
    return this.prisma.rowsWhereIn<SafetyPlanRow>('SafetyPlan', 'id', ids);
  }
}
