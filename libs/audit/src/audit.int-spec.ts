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
