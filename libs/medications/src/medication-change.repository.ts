import { Injectable } from '@nestjs/common';
import { type MedicationChangeGoalRow, type MedicationChangeRow, PrismaService, type Tx } from '@oneplan/prisma';

export type NewMedicationChange = Omit<MedicationChangeRow, 'id' | 'createdAt'>;

@Injectable()
export class MedicationChangeRepository {
  constructor(private readonly prisma: PrismaService) {}

  byPlanIds(planIds: string[]): Promise<MedicationChangeRow[]> {
    return this.prisma.rowsWhereIn<MedicationChangeRow>('MedicationChange', 'planId', planIds, '"effectiveAt", "createdAt", "id"');
  }

  goalLinksByChangeIds(changeIds: string[]) {
    return this.prisma.rowsWhereIn<MedicationChangeGoalRow>('MedicationChangeGoal', 'medicationChangeId', changeIds, '"medicationChangeId", "goalId"');
  }

  create(tx: Tx, data: NewMedicationChange, goalIds: string[]): Promise<MedicationChangeRow> {
    return tx.medicationChange.create({ data: { ...data, goals: { create: goalIds.map((goalId) => ({ goalId })) } } });
  }
}
