import { Injectable } from '@nestjs/common';
import { byTime, type MeasureSource, type OutcomeMeasureRow, type OutcomeMeasureType, Prisma, PrismaService, type Tx, isAnyOf } from '@oneplan/prisma';

export type MeasureWithChange = OutcomeMeasureRow & { changeFromPrevious: number | null };

/** Measures with each score's change from the previous score of the same instrument on the same plan. */
const WITH_CHANGE = Prisma.sql`SELECT m.*, m."score" - lag(m."score") OVER (PARTITION BY m."planId", m."type" ORDER BY m."administeredAt", m."id") AS "changeFromPrevious"
  FROM "OutcomeMeasure" m`;

/** In the order they were given. */
export const MEASURES_ORDER = byTime<MeasureWithChange>('administeredAt', false);

export interface NewMeasure {
  planId: string;
  type: OutcomeMeasureType;
  score: number;
  selfHarmItem: number | null;
  administeredAt: Date;
  recordedById: string;
  source?: MeasureSource;
}

@Injectable()
export class OutcomeMeasureRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Each plan's measures with their changes (a nested connection). */
  readonly measuresOfPlans = this.prisma.listOf<MeasureWithChange>(
    'measures.ofPlan',
    (parent) => Prisma.sql`SELECT * FROM (${WITH_CHANGE} WHERE m."planId" = ${parent}) x WHERE TRUE`,
    MEASURES_ORDER,
    (planIds) => Prisma.sql`SELECT "planId" AS "parentId", count(*)::int AS "count" FROM "OutcomeMeasure" WHERE "planId" ${isAnyOf(planIds)} GROUP BY "planId"`,
  );

  byPlanIds(planIds: string[]): Promise<OutcomeMeasureRow[]> {
    return this.prisma.rowsWhereIn<OutcomeMeasureRow>('OutcomeMeasure', 'planId', planIds, '"administeredAt", "id"');
  }

  /** Measures by id, each with its change from the previous score (worked out over its plan). */
  byIds(ids: string[]): Promise<MeasureWithChange[]> {
    return this.prisma.read<MeasureWithChange>(Prisma.sql`
      SELECT * FROM (${WITH_CHANGE} WHERE m."planId" IN (SELECT "planId" FROM "OutcomeMeasure" WHERE "id" ${isAnyOf(ids)})) x
      WHERE x."id" ${isAnyOf(ids)}`);
  }

  create(tx: Tx, measure: NewMeasure): Promise<OutcomeMeasureRow> {
    return this.prisma.insertIn(tx, 'OutcomeMeasure', { ...measure, createdAt: new Date() });
  }

  /** The INSERT of a measure, for the unit of work to run with the change's records (see PlanInsert). */
  insertOf(measure: NewMeasure & { id: string }): Prisma.Sql {
    return this.prisma.insertOf('OutcomeMeasure', { ...measure, createdAt: new Date() });
  }
}
