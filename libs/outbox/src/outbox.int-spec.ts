import { PrismaService } from '@oneplan/prisma';
import { useIntegration } from '../../../test/support/integration.js';
import { Outbox, OutboxEventKind, OutboxModule } from './outbox.js';

describe('Outbox (integration)', () => {
  const it_ = useIntegration([OutboxModule]);
  const outbox = () => it_.module.get(Outbox);
  const add = (count: number) =>
    it_.prisma.$transaction((tx) =>
      outbox().addMany(
        tx,
        Array.from({ length: count }, (_, index) => ({ kind: OutboxEventKind.MedicationChanged, subjectId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, actorId: null })),
      ),
    );

  it('should hand each unrelayed event to one relay only (SKIP LOCKED), oldest first', async () => {
    await add(10);
    const prisma = it_.module.get(PrismaService);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = prisma.$transaction(async (tx) => {
      const rows = await outbox().unrelayed(tx, 6);
      await held;
      return rows;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await prisma.$transaction((tx) => outbox().unrelayed(tx, 10));
    release();
    const taken = await first;
    expect(taken).toHaveLength(6);
    expect(second).toHaveLength(4);
    expect(new Set([...taken, ...second].map((row) => row.id)).size).toBe(10);
  });

  it('should count events as unhandled until their job says so, and list those relayed past the timeout', async () => {
    const prisma = it_.module.get(PrismaService);
    const rows = await prisma.$transaction(async (tx) => {
      const found = await outbox().unrelayed(tx, 100);
      await outbox().markRelayed(
        tx,
        found.map((row) => row.id),
      );
      return found;
    });
    expect(await outbox().pendingCount()).toBe(0);
    expect(await outbox().unhandled(0, 100)).toHaveLength(rows.length);
    expect(await outbox().unhandled(3600, 100)).toHaveLength(0);
    await outbox().markHandled(rows[0].id);
    await outbox().markHandled(rows[0].id);
    expect(await outbox().unhandled(0, 100)).toHaveLength(rows.length - 1);
    expect(await outbox().overdueCount(0)).toBe(rows.length - 1);
    expect(await outbox().overdueCount(3600)).toBe(0);
  });
});
