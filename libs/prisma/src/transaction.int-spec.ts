import { useIntegration } from '../../../test/support/integration.js';
import { Prisma } from './generated/client.js';
import { PrismaService } from './prisma.service.js';
import { insertTogether, prismaErrorCode, PrismaErrorCode, TransactionRunner } from './transaction.js';
import { openTransaction, promiseHooksOn, queryIn } from './transaction-connection.js';

describe('Transactions: statements of ours on the transaction’s own connection (integration)', () => {
  const it_ = useIntegration([]);
  const txid = Prisma.sql`SELECT txid_current()::text AS "id"`;

  it('should send them inside the transaction Prisma opened, in order with its own statements, and roll them back with it', async () => {
    const { prisma, clinic } = it_;
    const runner = it_.module.get(TransactionRunner);
    const statements: string[] = [];
    const stop = prisma.onStatement((sql) => statements.push(sql));
    const [ours, prismas] = await runner.run(async (tx) => [await prisma.readIn<{ id: string }>(tx, txid), await tx.$queryRaw<Array<{ id: string }>>(txid)]);
    stop();
    expect(ours[0].id).toBe(prismas[0].id);
    expect(statements.filter((sql) => sql.includes('txid_current'))).toHaveLength(2);

    const revisions = () => prisma.planRevision.count({ where: { planId: clinic.planId, entityType: 'RolledBack' } });
    const before = await revisions();
    const insert = Prisma.sql`INSERT INTO "PlanRevision" ("id", "planId", "authorId", "entityType", "entityId", "action", "changes")
      VALUES (gen_random_uuid(), ${clinic.planId}::uuid, ${clinic.therapist.staffId}::uuid, 'RolledBack', gen_random_uuid(), 'CREATED', '[]') RETURNING "id"`;
    await expect(
      runner.run(async (tx) => {
        await insertTogether(tx, insert, []);
        throw new Error('the rule refuses');
      }),
    ).rejects.toThrow('the rule refuses');
    expect(await revisions()).toBe(before);
  });

  it('should hold promise hooks on only while a transaction is being opened, and give each of many at once its own connection', async () => {
    const { prisma } = it_;
    const runner = it_.module.get(TransactionRunner);
    const opening = Array.from({ length: 20 }, () =>
      runner.run(async (tx) => {
        const [ours] = await prisma.readIn<{ id: string; pid: number }>(tx, Prisma.sql`SELECT txid_current()::text AS "id", pg_backend_pid() AS "pid"`);
        const [prismas] = await tx.$queryRaw<Array<{ id: string; pid: number }>>(Prisma.sql`SELECT txid_current()::text AS "id", pg_backend_pid() AS "pid"`);
        return { ours, prismas };
      }),
    );
    expect(promiseHooksOn()).toBe(true);
    const results = await Promise.all(opening);
    for (const { ours, prismas } of results) expect(ours).toEqual(prismas);
    expect(new Set(results.map(({ ours }) => ours.id)).size).toBe(20);
    // Nothing is being opened any more: no promise of the process pays for the hooks.
    expect(promiseHooksOn()).toBe(false);
  });

  it("should answer rows as Prisma's reads do, and name a failure in Prisma's codes", async () => {
    const { prisma, clinic } = it_;
    const runner = it_.module.get(TransactionRunner);
    const [row] = await runner.run((tx) =>
      it_.module
        .get(PrismaService)
        .readIn<{ startDate: Date; count: number; status: string }>(
          tx,
          Prisma.sql`SELECT e."startDate", count(*) OVER () AS "count", e."status" FROM "Episode" e WHERE e."id" = ${clinic.episodeId}::uuid`,
        ),
    );
    expect(row).toEqual({ startDate: expect.any(Date), count: 1, status: 'OPEN' });
    const duplicate = runner.run((tx) =>
      prisma.readIn(
        tx,
        Prisma.sql`INSERT INTO "Episode" ("id", "patientId", "programId", "startDate") SELECT "id", "patientId", "programId", "startDate" FROM "Episode" WHERE "id" = ${clinic.episodeId}::uuid`,
      ),
    );
    expect(prismaErrorCode(await duplicate.catch((error: unknown) => error))).toBe(PrismaErrorCode.UniqueConstraintFailed);
  });

  it('should send nothing to the connection once Prisma has ended the transaction (a rule outliving its time)', async () => {
    const { prisma, clinic } = it_;
    const late = Prisma.sql`INSERT INTO "PlanRevision" ("id", "planId", "authorId", "entityType", "entityId", "action", "changes")
      VALUES (gen_random_uuid(), ${clinic.planId}::uuid, ${clinic.therapist.staffId}::uuid, 'TooLate', gen_random_uuid(), 'CREATED', '[]')`;
    let refusal: unknown;
    const expired = openTransaction(
      (enter) =>
        prisma.$transaction(
          async (tx) => {
            enter(tx);
            await queryIn(tx, Prisma.sql`SELECT 1`);
            await new Promise((resolve) => setTimeout(resolve, 300));
            await queryIn(tx, late).catch((error: unknown) => (refusal = error));
          },
          { timeout: 100 },
        ),
      (client, query) => prisma.runOn(client, query),
    );
    await expect(expired).rejects.toBeDefined();
    expect(prismaErrorCode(refusal)).toBe('P2028');
    expect(await prisma.planRevision.count({ where: { entityType: 'TooLate' } })).toBe(0);
  });
});
