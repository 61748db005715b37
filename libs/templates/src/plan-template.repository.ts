import { Injectable } from '@nestjs/common';
import { type CareTeamRole, Prisma, type PlanTemplateRow, PrismaService, type Tx } from '@oneplan/prisma';

export type { PlanTemplateRow };

/** Templates listed for a program at most. */
export const MAX_TEMPLATES = 100;

/** Plan templates: the one writer of their table, and what applying one reads of a plan. */
@Injectable()
export class PlanTemplateRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: Prisma.PlanTemplateUncheckedCreateInput): Promise<PlanTemplateRow> {
    return this.prisma.planTemplate.create({ data });
  }

  /** Replaces the content if the template is still at `expectedVersion`. */
  async update(id: string, expectedVersion: number, data: Prisma.PlanTemplateUncheckedUpdateInput): Promise<boolean> {
    const { count } = await this.prisma.planTemplate.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    return count === 1;
  }

  findById(id: string, tx: Tx = this.prisma): Promise<PlanTemplateRow | null> {
    return tx.planTemplate.findUnique({ where: { id } });
  }

  ofProgram(programId: string): Promise<PlanTemplateRow[]> {
    return this.prisma.planTemplate.findMany({ where: { programId }, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: MAX_TEMPLATES });
  }

  /** The plan's program and its time zone. */
  async planProgram(planId: string): Promise<{ programId: string; timeZone: string } | undefined> {
    const [row] = await this.prisma.$queryRaw<Array<{ programId: string; timeZone: string }>>`SELECT e."programId", pr."timeZone" FROM "TreatmentPlan" p
      JOIN "Episode" e ON e."id" = p."episodeId" JOIN "Program" pr ON pr."id" = e."programId" WHERE p."id" = ${planId}::uuid`;
    return row;
  }

  /** The plan's care team in force today (role, staff), and the titles of its problems and goals. */
  async planContext(planId: string, today: Date, tx: Tx = this.prisma) {
    const [team, problems, goals] = await Promise.all([
      tx.$queryRaw<Array<{ staffId: string; role: CareTeamRole }>>`SELECT m."staffId", m."role"::text AS "role" FROM "CareTeamMember" m JOIN "TreatmentPlan" p ON p."episodeId" = m."episodeId"
        WHERE p."id" = ${planId}::uuid AND m."removedAt" IS NULL AND m."fromDate" <= ${today}::date AND (m."toDate" IS NULL OR m."toDate" >= ${today}::date) ORDER BY m."fromDate", m."id"`,
      tx.problem.findMany({ where: { planId }, select: { title: true } }),
      tx.goal.findMany({ where: { planId }, select: { statement: true } }),
    ]);
    return { team, titles: new Set([...problems.map((problem) => problem.title), ...goals.map((goal) => goal.statement)]) };
  }
}
