import pg from 'pg';
import { useIntegration } from '../../../test/support/integration.js';
import { verifyAuditChain } from './audit-chain.js';
import { AuditTrailModule } from './audit-trail.module.js';
import { AuditRepository } from './audit.repository.js';

describe('Audit trail (integration)', () => {
  const it_ = useIntegration([AuditTrailModule]);
  const event = (operation: string) => ({
    staffId: null,
    patientId: it_.clinic.patientId,
    operation,
    access: 'READ' as const,
    recordTypes: ['Patient'],
    outcome: 'ALLOWED' as const,
    reason: null,
    breakGlass: false,
    requestId: 'r',
    clientAddress: '127.0.0.1',
  });

  it('should keep one unbroken chain when many requests write at once, and page it newest first', async () => {
    const repository = it_.module.get(AuditRepository);
    await Promise.all(Array.from({ length: 40 }, (_, index) => repository.insertMany([event(`op ${index}a`), event(`op ${index}b`)])));
    const rows = await it_.prisma.auditEvent.findMany({ orderBy: { seq: 'asc' } });
    expect(rows.map((row) => Number(row.seq))).toEqual(rows.map((_, index) => index + 1));
    expect(rows.slice(1).every((row, index) => row.previousHash === rows[index].hash)).toBe(true);
    expect(await verifyAuditChain(it_.prisma)).toEqual({ checked: 80, broken: null });
    // A page reads one row past its size, to tell whether another follows.
    const page = await repository.page({ patientId: it_.clinic.patientId }, { size: 5, backward: false });
    expect(page).toHaveLength(6);
    const times = page.map((row) => row.occurredAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('should link an event when its transaction commits, in commit order, with no gap for one rolled back and no update by a client', async () => {
    const repository = it_.module.get(AuditRepository);
    const [open, rolledBack] = [new pg.Client({ connectionString: process.env.DATABASE_URL }), new pg.Client({ connectionString: process.env.DATABASE_URL })];
    await Promise.all([open.connect(), rolledBack.connect()]);
    const insert = (client: pg.Client, operation: string) =>
      client.query(
        `INSERT INTO "AuditEvent" ("id", "patientId", "operation", "access", "recordTypes", "outcome", "requestId", "clientAddress")
         VALUES (gen_random_uuid(), $1, $2, 'READ', '{Patient}', 'ALLOWED', 'r', '127.0.0.1')`,
        [it_.clinic.patientId, operation],
      );
    try {
      await open.query('BEGIN');
      await insert(open, 'inserted first, committed last');
      const unlinked = await open.query(`SELECT "seq", "hash" FROM "AuditEvent" WHERE "operation" = 'inserted first, committed last'`);
      expect(unlinked.rows).toEqual([{ seq: null, hash: '' }]);
      // A transaction still open holds no lock: others write and commit meanwhile.
      await repository.insertMany([event('inserted second, committed first')]);
      // A client cannot set an unlinked event's place itself; the rolled-back event leaves no gap.
      await rolledBack.query('BEGIN');
      await insert(rolledBack, 'rolled back');
      await expect(rolledBack.query(`UPDATE "AuditEvent" SET "seq" = 1000 WHERE "operation" = 'rolled back'`)).rejects.toThrow(/append-only/);
      await rolledBack.query('ROLLBACK');
      await open.query('COMMIT');
    } finally {
      await Promise.all([open.end(), rolledBack.end()]);
    }
    const tail = await it_.prisma.auditEvent.findMany({ orderBy: { seq: 'desc' }, take: 2 });
    expect(tail.map((row) => row.operation)).toEqual(['inserted first, committed last', 'inserted second, committed first']);
    expect(tail[0].previousHash).toBe(tail[1].hash);
    expect(await verifyAuditChain(it_.prisma)).toMatchObject({ broken: null });
    expect(await it_.prisma.auditEvent.count({ where: { operation: 'rolled back' } })).toBe(0);
  });

  it('should name the first event a superuser removed or altered behind the triggers', async () => {
    const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await owner.connect();
    try {
      await owner.query('SET session_replication_role = replica');
      await owner.query(`DELETE FROM "AuditEvent" WHERE "seq" = 30`);
      expect((await verifyAuditChain(it_.prisma)).broken).toMatchObject({ seq: 31n, problem: 'missing before' });
      await owner.query(`UPDATE "AuditEvent" SET "clientAddress" = '10.0.0.1' WHERE "seq" = 12`);
      expect(await verifyAuditChain(it_.prisma)).toMatchObject({ checked: 11, broken: { seq: 12n, problem: 'altered' } });
    } finally {
      await owner.end();
    }
  });
});
