import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import type { Prisma } from './generated/client.js';
import type { Tx } from './transaction.js';

/** Where a transaction being opened in this async context leaves its pg connection, and whether it has ended. */
interface Opening {
  client?: pg.PoolClient;
  ended?: boolean;
  /** Until the transaction holds its connection (or failed to get one): it needs `opening`'s context till then. */
  pending?: boolean;
}

/** As Prisma answers a statement in a transaction that has ended (P2028: a transaction outlived its time). */
class TransactionEndedError extends Error {
  readonly code = 'P2028';
  constructor() {
    super('Transaction API error: the transaction has ended');
  }
}

const opening = new AsyncLocalStorage<Opening>();

/**
 * Transactions being opened, which need `opening`'s context until Prisma starts them. On Node 20 an
 * enabled AsyncLocalStorage installs promise hooks that tax every promise in the process (a whole-plan
 * read, with thousands, cost 10-20% more CPU after the first write), so it is enabled only while one is
 * being opened.
 */
let beingOpened = 0;

function opened(slot: Opening): void {
  if (!slot.pending) return;
  slot.pending = false;
  if (--beingOpened === 0) opening.disable();
}

/** Whether any transaction is being opened now, so that promise hooks are on (for tests). */
export const promiseHooksOn = (): boolean => (opening as unknown as { enabled: boolean }).enabled;

/** How each open transaction runs a statement of ours on its own connection. */
const runners = new WeakMap<Tx, (query: Prisma.Sql) => Promise<unknown[]>>();

/**
 * Prisma's pg adapter, telling a transaction opened inside `openTransaction` which pooled connection it
 * holds. Prisma's interactive transaction keeps its connection to itself; the adapter's transaction
 * object holds it as `client` (@prisma/adapter-pg 7).
 */
export class ConnectionSharingPg extends PrismaPg {
  override async connect(): Promise<Awaited<ReturnType<PrismaPg['connect']>>> {
    const adapter = await super.connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const slot = opening.getStore();
      const transaction = await start(isolationLevel).finally(() => slot && opened(slot));
      if (!slot) return transaction;
      slot.client = (transaction as unknown as { client: pg.PoolClient }).client;
      // Once Prisma ends it (committed, rolled back, or timed out while the rule still runs) the connection
      // goes back to the pool: nothing of ours may reach it after that.
      for (const end of ['commit', 'rollback'] as const) {
        const ending = transaction[end].bind(transaction);
        transaction[end] = () => {
          slot.ended = true;
          return ending();
        };
      }
      return transaction;
    };
    return adapter;
  }
}

/**
 * Opens a transaction with `open` (Prisma's $transaction) so that the statements a change writes in SQL
 * (its lock, its records, the reads of its rule) go to the transaction's connection through pg, not
 * through Prisma's query interpreter: measured, a statement through the interpreter costs the API
 * about five times the CPU. `run` sends a statement on a connection.
 */
export function openTransaction<T>(open: (enter: (tx: Tx) => void) => Promise<T>, run: (client: pg.PoolClient, query: Prisma.Sql) => Promise<unknown[]>): Promise<T> {
  const slot: Opening = { pending: true };
  beingOpened++;
  let transaction: Promise<T>;
  try {
    transaction = opening.run(slot, () =>
      open((tx) => {
        const { client } = slot;
        if (client) runners.set(tx, (query) => (slot.ended ? Promise.reject(new TransactionEndedError()) : run(client, query)));
      }),
    );
  } catch (error) {
    opened(slot);
    throw error;
  }
  // A transaction that never got its connection (the pool timed out, say) is no longer being opened either.
  return transaction.finally(() => opened(slot));
}

/** The rows of a statement in a transaction: on its connection when opened by openTransaction, else through Prisma. */
export function queryIn<T>(tx: Tx, query: Prisma.Sql): Promise<T[]> {
  const runner = runners.get(tx);
  return runner ? (runner(query) as Promise<T[]>) : tx.$queryRaw<T[]>(query);
}
