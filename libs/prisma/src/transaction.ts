import { Injectable, Logger } from '@nestjs/common';
import { context, propagation } from '@opentelemetry/api';
import { Prisma } from './generated/client.js';
import { PrismaService } from './prisma.service.js';
import { openTransaction, queryIn } from './transaction-connection.js';

/** A transaction handle that repositories accept; services pass it along without looking inside. */
export type Tx = Prisma.TransactionClient;

/** Known Prisma error codes that the domain maps to its own errors. */
export enum PrismaErrorCode {
  UniqueConstraintFailed = 'P2002',
  ForeignKeyConstraintFailed = 'P2003',
  RecordNotFound = 'P2025',
  TableDoesNotExist = 'P2021',
  TransactionConflict = 'P2034',
}

const MAX_ATTEMPTS = 3;
const logger = new Logger('TransactionRunner');

/** Work to do once a transaction has committed (and only then), such as telling other processes. */
const afterCommit = new WeakMap<Tx, Array<() => Promise<void>>>();

/** Runs `work` after the transaction `tx` commits; nothing if it rolls back. */
export function onCommit(tx: Tx, work: () => Promise<void>): void {
  afterCommit.get(tx)?.push(work);
}

/**
 * Runs several tables' INSERTs (each written by its table's repository) as one statement of
 * data-modifying CTEs: one round trip for what a change records beside itself. Answers the rows the first
 * INSERT returns; the others return nothing. Absent INSERTs are skipped.
 */
export async function insertTogether<T>(tx: Tx, returning: Prisma.Sql | undefined, others: Array<Prisma.Sql | undefined>): Promise<T[]> {
  const parts = [returning, ...others].map((insert, index) => insert && Prisma.sql`${Prisma.raw(`"w${index}"`)} AS (${insert})`).filter((part) => part !== undefined);
  if (parts.length === 0) return [];
  return queryIn<T>(tx, Prisma.sql`WITH ${Prisma.join(parts, ', ')} ${returning ? Prisma.sql`SELECT * FROM "w0"` : Prisma.sql`SELECT 1 WHERE false`}`);
}

/** Runs short explicit transactions, retrying a bounded number of times on serialization conflicts. */
@Injectable()
export class TransactionRunner {
  constructor(private readonly prisma: PrismaService) {}

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const committed: Array<() => Promise<void>> = [];
      try {
        const traceParent = activeTraceParent();
        const result = await openTransaction(
          (enter) =>
            this.prisma.$transaction(
              async (tx) => {
                enter(tx);
                afterCommit.set(tx, committed);
                // Outbox events written in this transaction take the request's trace (their column default reads it).
                if (traceParent) await queryIn(tx, Prisma.sql`SELECT set_config('oneplan.trace_parent', ${traceParent}, true)`);
                return work(tx);
              },
              { maxWait: 5000, timeout: 10000 },
            ),
          (client, query) => this.prisma.runOn(client, query),
        );
        // The change is committed whatever happens next: a failed follow-up is logged, never reported as the change failing.
        await Promise.all(committed.map((task) => task().catch((error: unknown) => logger.warn({ err: { name: (error as Error)?.name } }, 'Work after a commit failed'))));
        return result;
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || prismaErrorCode(error) !== PrismaErrorCode.TransactionConflict) throw error;
      }
    }
  }
}

/** The active span's W3C traceparent while tracing is on (a propagator is registered only then). */
function activeTraceParent(): string | undefined {
  const carrier: { traceparent?: string } = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** PostgreSQL's SQLSTATEs of the same failures, for statements a change sends through pg (see openTransaction). */
const PRISMA_CODE_OF_SQLSTATE: Record<string, PrismaErrorCode> = {
  '23505': PrismaErrorCode.UniqueConstraintFailed,
  '23503': PrismaErrorCode.ForeignKeyConstraintFailed,
  '40001': PrismaErrorCode.TransactionConflict,
  '40P01': PrismaErrorCode.TransactionConflict,
  '42P01': PrismaErrorCode.TableDoesNotExist,
};

export function prismaErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = String(error.code);
  return PRISMA_CODE_OF_SQLSTATE[code] ?? code;
}
