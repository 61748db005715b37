import { Injectable } from '@nestjs/common';
import { type OutcomeMeasureRow, type OutcomeMeasureType, PrismaService, type Tx } from '@oneplan/prisma';

@Injectable()
export class OutcomeMeasureRepository {
  constructor(private readonly prisma: PrismaService) {}

  byPlanIds(planIds: string[]): Promise<OutcomeMeasureRow[]> {
    return this.prisma.rowsWhereIn<OutcomeMeasureRow>('OutcomeMeasure', 'planId', planIds, '"administeredAt", "id"');
  }

  create(tx: Tx, data: { planId: string; type: OutcomeMeasureType; score: number; selfHarmItem: number | null; administeredAt: Date; recordedById: string }): Promise<OutcomeMeasureRow> {
    return tx.outcomeMeasure.create({ data });
  }
}
