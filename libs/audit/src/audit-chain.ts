import { Prisma, type PrismaService } from '@oneplan/prisma';

/** Events checked per statement: the verifier's memory stays flat however long the trail is. */
const BATCH = 10_000;

/** The first place the chain breaks: an event altered, removed, or out of line. */
export interface BrokenLink {
  seq: bigint;
  id: string | null;
  problem: 'altered' | 'unlinked' | 'missing before';
}

export interface ChainReport {
  checked: number;
  broken: BrokenLink | null;
}

/**
 * Walks the audit trail's hash chain in order, recomputing each event's hash from its fields and the
 * hash before it (the database's own audit_event_hash), and reports the first broken link: an event
 * whose fields no longer match its hash, whose link does not match the event before it, or a gap where
 * an event was removed.
 */
export async function verifyAuditChain(prisma: PrismaService): Promise<ChainReport> {
  let checked = 0;
  let after = 0n;
  for (;;) {
    const rows = await prisma.$queryRaw<Array<{ seq: bigint; id: string; altered: boolean; unlinked: boolean; gap: boolean }>>(Prisma.sql`
      SELECT x."seq", x."id", x."hash" <> "audit_event_hash"(x.e, x."previousHash") AS "altered",
             x."previousHash" IS DISTINCT FROM x."priorHash" AS "unlinked", x."seq" <> coalesce(x."priorSeq", 0) + 1 AS "gap"
      FROM (SELECT e AS e, e."seq", e."id", e."hash", e."previousHash",
                   lag(e."hash") OVER (ORDER BY e."seq") AS "priorHash", lag(e."seq") OVER (ORDER BY e."seq") AS "priorSeq"
            FROM "AuditEvent" e WHERE e."seq" >= ${after} ORDER BY e."seq" LIMIT ${BATCH + 1}) x
      WHERE x."seq" > ${after} OR ${after} = 0
      ORDER BY x."seq"`);
    for (const row of rows) {
      if (row.gap) return { checked, broken: { seq: row.seq, id: row.id, problem: 'missing before' } };
      if (row.altered) return { checked, broken: { seq: row.seq, id: row.id, problem: 'altered' } };
      if (row.unlinked) return { checked, broken: { seq: row.seq, id: row.id, problem: 'unlinked' } };
      checked++;
    }
    if (rows.length === 0) return { checked, broken: null };
    after = rows[rows.length - 1].seq;
  }
}
