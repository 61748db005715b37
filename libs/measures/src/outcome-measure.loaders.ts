import { Injectable } from '@nestjs/common';
import { groupByKey, type RequestLoaders } from '@oneplan/graphql';
import type { OutcomeMeasureRow } from '@oneplan/prisma';
import { OutcomeMeasureRepository } from './outcome-measure.repository.js';

export type MeasureWithChange = OutcomeMeasureRow & { changeFromPrevious: number | null };

/** Adds each score's change from the previous score of the same instrument (rows oldest first). */
export function withChanges(rows: OutcomeMeasureRow[]): MeasureWithChange[] {
  const previous = new Map<string, number>();
  return rows.map((row) => {
    const before = previous.get(row.type);
    previous.set(row.type, row.score);
    return { ...row, changeFromPrevious: before === undefined ? null : row.score - before };
  });
}

@Injectable()
export class OutcomeMeasureLoaders {
  constructor(private readonly measures: OutcomeMeasureRepository) {}

  byPlan(loaders: RequestLoaders) {
    return loaders.get<string, MeasureWithChange[]>('measure.byPlan', async (planIds) =>
      groupByKey(await this.measures.byPlanIds([...planIds]), planIds, (row) => row.planId).map(withChanges),
    );
  }
}
