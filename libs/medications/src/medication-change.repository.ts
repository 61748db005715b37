import { Injectable } from '@nestjs/common';
import { type MedicationChangeRow, PrismaService, type Tx } from '@oneplan/prisma';

export type NewMedicationChange = Omit<MedicationChangeRow, 'id' | 'createdAt'>;

@Injectable()
export class MedicationChangeRepository {
  constructor(private readonly prisma: PrismaService) {}

  byPlanIds(planIds: string[]): Promise<MedicationChangeRow[]> {
    return this.prisma.medicationChange.findMany({ where: { planId: { in: planIds } }, orderBy: [{ effectiveAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] });
  }

  goalLinksByChangeIds(changeIds: string[]) {
    return this.prisma.medicationChangeGoal.findMany({ where: { medicationChangeId: { in: changeIds } } });
  }

  create(tx: Tx, data: NewMedicationChange, goalIds: string[]): Promise<MedicationChangeRow> {
    return tx.medicationChange.create({ data: { ...data, goals: { create: goalIds.map((goalId) => ({ goalId })) } } });
  }
}
