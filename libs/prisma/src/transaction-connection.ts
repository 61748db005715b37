import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import type { Prisma } from './generated/client.js';
import type { Tx } from './transaction.js';

/** Where a transaction being opened in this async context leaves its pg connection. */
interface Opening {
  client?: pg.PoolClient;
}

const opening = new AsyncLocalStorage<Opening>();

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
      const transaction = await start(isolationLevel);
      const slot = opening.getStore();
      if (slot) slot.client = (transaction as unknown as { client: pg.PoolClient }).client;
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
  const slot: Opening = {};
  return opening.run(slot, () =>
    open((tx) => {
      const { client } = slot;
      if (client) runners.set(tx, (query) => run(client, query));
    }),
  );
}

/** The rows of a statement in a transaction: on its connection when opened by openTransaction, else through Prisma. */
export function queryIn<T>(tx: Tx, query: Prisma.Sql): Promise<T[]> {
  const runner = runners.get(tx);
  return runner ? (runner(query) as Promise<T[]>) : tx.$queryRaw<T[]>(query);
}
