import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type SweepBatchRow, type SweepRunRow, type Tx } from '@oneplan/prisma';

/** The ids a batch covers: after `afterId` (exclusive) up to `throughId` (inclusive); null is unbounded. */
export interface IdRange {
  afterId: string | null;
  throughId: string | null;
}

/** What a sweep runs over: open plans, or (daily agendas) active staff. */
export type SweepSubjects = 'plans' | 'staff';

/** A run's progress as readiness shows it. */
export interface SweepProgress {
  sweep: string;
  completedAt: Date | null;
  lastDurationMs: number | null;
  /** The run in progress, if any: when it started, its batches and how many are done. */
  running: { startedAt: Date; batches: number; done: number } | null;
}

/** The one writer of SweepRun and SweepBatch: each sweep's runs and the batches the workers share. */
@Injectable()
export class SweepRunsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Cuts the subjects into ranges of at most `size` ids: one statement, the ids never leave the database.
   * The first range starts and the last ends unbounded, so a plan opened meanwhile still falls in one.
   * Read in the run's own transaction: a second connection held alongside it could leave every pool
   * connection waiting on another (runs of several sweeps start at once).
   */
  async ranges(tx: Tx, subjects: SweepSubjects, size: number): Promise<IdRange[]> {
    const ids =
      subjects === 'plans'
        ? Prisma.sql`SELECT p."id" FROM "TreatmentPlan" p JOIN "Episode" e ON e."id" = p."episodeId" WHERE p."status" <> 'CLOSED' AND e."status" = 'OPEN'`
        : Prisma.sql`SELECT "id" FROM "StaffMember" WHERE "active"`;
    const bounds = await tx.$queryRaw<Array<{ id: string }>>(Prisma.sql`
      SELECT "id" FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM (${ids}) s) r WHERE n % ${size} = 0 ORDER BY "id"`);
    const cuts = bounds.map((row) => row.id);
    return [...cuts, null].map((throughId, index) => ({ afterId: index === 0 ? null : cuts[index - 1], throughId }));
  }

  /**
   * Starts a run of a sweep unless one is in progress that started after `staleBefore`: its batches are
   * stored with the run, the previous run's batches removed. Returns the run's batches still to do.
   */
  startOrResume(sweep: string, instant: Date, ranges: (tx: Tx) => Promise<IdRange[]>, staleBefore: Date | null): Promise<{ started: boolean; batchIds: string[] }> {
    return this.prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`INSERT INTO "SweepRun" ("sweep") VALUES (${sweep}) ON CONFLICT DO NOTHING`;
        const [run] = await tx.$queryRaw<SweepRunRow[]>`SELECT * FROM "SweepRun" WHERE "sweep" = ${sweep} FOR UPDATE`;
        if (run.runId && staleBefore && run.startedAt! > staleBefore) {
          const open = await tx.sweepBatch.findMany({ where: { runId: run.runId, doneAt: null }, select: { id: true }, orderBy: { afterId: { sort: 'asc', nulls: 'first' } } });
          if (open.length) return { started: false, batchIds: open.map((batch) => batch.id) };
        }
        await tx.sweepBatch.deleteMany({ where: { sweep } });
        const runId = crypto.randomUUID();
        const batches = (await ranges(tx)).map((range) => ({ id: crypto.randomUUID(), runId, sweep, instant, ...range }));
        await tx.sweepBatch.createMany({ data: batches });
        await tx.sweepRun.update({ where: { sweep }, data: { runId, instant, startedAt: new Date(), batches: batches.length } });
        return { started: true, batchIds: batches.map((batch) => batch.id) };
      },
      // A sweep is background work: on a busy pool it waits for a connection rather than fail the job.
      { maxWait: 10_000, timeout: 30_000 },
    );
  }

  batch(id: string): Promise<SweepBatchRow | null> {
    return this.prisma.sweepBatch.findUnique({ where: { id } });
  }

  /**
   * A batch with the batches not done yet of the other `sweeps`' runs over the same range (runs over the
   * same subjects cut them at the same ids), the batch first.
   */
  async withSameRange(batch: SweepBatchRow, sweeps: string[]): Promise<SweepBatchRow[]> {
    const others = await this.prisma.read<SweepBatchRow>(Prisma.sql`
      SELECT * FROM "SweepBatch"
      WHERE "id" <> ${batch.id}::uuid AND "doneAt" IS NULL AND "sweep" = ANY(${sweeps}::text[])
        AND "afterId" IS NOT DISTINCT FROM ${batch.afterId}::uuid AND "throughId" IS NOT DISTINCT FROM ${batch.throughId}::uuid`);
    return [batch, ...others];
  }

  /** Marks a batch done and, if it was its run's last, the run completed (whichever worker finishes last). */
  async finishBatch(batch: SweepBatchRow, stored: number): Promise<void> {
    const { count } = await this.prisma.sweepBatch.updateMany({ where: { id: batch.id, doneAt: null }, data: { doneAt: new Date(), doneBy: `${hostname()}:${process.pid}`, stored } });
    if (count === 0) return;
    await this.prisma.$executeRaw`
      UPDATE "SweepRun" SET "completedAt" = now() AT TIME ZONE 'UTC',
        "lastDurationMs" = (extract(epoch FROM (now() AT TIME ZONE 'UTC') - "startedAt") * 1000)::int
      WHERE "sweep" = ${batch.sweep} AND "runId" = ${batch.runId}::uuid
        AND NOT EXISTS (SELECT 1 FROM "SweepBatch" b WHERE b."runId" = ${batch.runId}::uuid AND b."doneAt" IS NULL)`;
  }

  /** Each sweep's last completion and its run in progress. */
  progress(): Promise<SweepProgress[]> {
    return this.prisma.read<SweepProgress>(Prisma.sql`
      SELECT r."sweep", r."completedAt", r."lastDurationMs",
        CASE WHEN b."open" > 0 THEN json_build_object('startedAt', r."startedAt", 'batches', r."batches", 'done', r."batches" - b."open") END AS "running"
      FROM "SweepRun" r
      CROSS JOIN LATERAL (SELECT count(*)::int AS "open" FROM "SweepBatch" b WHERE b."runId" = r."runId" AND b."doneAt" IS NULL) b`);
  }
}
