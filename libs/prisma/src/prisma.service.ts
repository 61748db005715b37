import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { columnsKey, isAnyOf } from './any-of.js';
import { Prisma, PrismaClient } from './generated/client.js';
import { type Keyset, keysetClauses } from './keyset.js';
import { changeStatementName, createPool, statementName, toParameters, waveStatementName, withEnumArrays } from './read-pool.js';
import { columnsOf, currentWave, type ReadColumns, type ReadWave, revive, waveStatement } from './read-wave.js';
import type { Tx } from './transaction.js';
import { ConnectionSharingPg, queryIn } from './transaction-connection.js';

/** Reads whose columns are remembered, should code ever build texts without bound. */
const MAX_KNOWN_READS = 2000;

/** The one Prisma client of a process. Only repositories use it. */
@Injectable()
export class PrismaService extends PrismaClient<{ adapter: PrismaPg; log: [{ emit: 'event'; level: 'query' }] }> implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PrismaService.name);
  private readonly statementListeners = new Set<(sql: string) => void>();
  private readonly pool: pg.Pool;
  /** The result columns of each read's text, by columnsKey (the texts are written in code, so they are few). */
  private readonly columns = new Map<string, ReadColumns>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const pool = createPool(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
    // pg runs a query given no name unprepared, which the adapter's type does not admit.
    const statementNameGenerator = changeStatementName as (query: { sql: string; args: unknown[] }) => string;
    super({ adapter: new ConnectionSharingPg(pool, { statementNameGenerator }), log: [{ emit: 'event', level: 'query' }] as [{ emit: 'event'; level: 'query' }] });
    this.pool = pool;
    // An idle connection the server dropped (a restart) is replaced on the next query; only log it.
    pool.on('error', (error) => this.logger.warn({ err: { name: error.name, code: (error as { code?: unknown }).code } }, 'Idle database connection lost'));
    this.$on('query', (event) => this.observed(event.query, event.duration));
  }

  private observed(sql: string, durationMs: number) {
    for (const listener of this.statementListeners) listener(sql);
    // Statements only: parameters may hold clinical text and never reach the log.
    if (this.config.LOG_QUERIES) this.logger.debug({ sql, durationMs });
  }

  /**
   * Rows of a SELECT written in code (with Prisma.sql), in plain SQL on the shared pool, outside any
   * transaction: what batch loaders and lists read on every request. Values come back as findMany's
   * would (enum names, Dates, numbers). A read started inside a request's wave (see ReadWave) is sent
   * with the wave's other reads in one statement.
   */
  read<T>(query: Prisma.Sql): Promise<T[]> {
    const wave = currentWave();
    if (!wave) return this.readAlone<T>(query);
    return new Promise<T[]>((resolve, reject) => {
      wave.pending.push({ query, resolve: resolve as (rows: unknown[]) => void, reject });
      if (!wave.scheduled) {
        wave.scheduled = true;
        setImmediate(() => void this.flush(wave));
      }
    });
  }

  /**
   * As read, for a batch job's read over hundreds of ids (a reminder sweep's): planned for its values each
   * time, not prepared. A prepared statement's generic plan guesses ten elements for an array parameter,
   * and for a batch of 500 plans it chose a nested loop 20 times slower than the plan for the values.
   */
  readBatch<T>(query: Prisma.Sql): Promise<T[]> {
    return this.readAlone<T>(query, false);
  }

  private async readAlone<T>(query: Prisma.Sql, prepared = true): Promise<T[]> {
    const started = performance.now();
    const result = await this.pool.query({ name: prepared ? statementName(query.text) : undefined, text: query.text, values: toParameters(query.values) });
    this.observed(query.text, performance.now() - started);
    const key = columnsKey(query.text);
    if (!this.columns.has(key) && this.columns.size < MAX_KNOWN_READS) this.columns.set(key, columnsOf(result));
    return withEnumArrays<T>(result);
  }

  /**
   * Sends a wave's reads: one statement for those whose result columns are known, each read's rows a JSON
   * array in its own column; a read seen for the first time runs alone once, which teaches its columns.
   */
  private async flush(wave: ReadWave): Promise<void> {
    const reads = wave.pending;
    wave.pending = [];
    wave.scheduled = false;
    const columns = new Map(reads.map((read) => [read, this.columns.get(columnsKey(read.query.text))]));
    const known = reads.filter((read) => columns.get(read));
    const shared = known.length > 1 ? known : [];
    for (const read of reads) if (!shared.includes(read)) this.readAlone(read.query).then(read.resolve, read.reject);
    if (shared.length === 0) return;
    try {
      const statement = waveStatement(shared.map((read) => read.query));
      const started = performance.now();
      const result = await this.pool.query({ name: waveStatementName(statement.text), text: statement.text, values: toParameters(statement.values) });
      this.observed(statement.text, performance.now() - started);
      shared.forEach((read, index) => read.resolve(revive(result.rows[0][`r${index}`], columns.get(read)!)));
    } catch (error) {
      for (const read of shared) read.reject(error);
    }
  }

  /**
   * A statement written in code that changes rows outside any transaction (the audit event of a read),
   * in plain SQL on the shared pool like read: through Prisma it would cost about as much CPU as the read
   * it records. Returns the rows it changed.
   */
  async execute(query: Prisma.Sql): Promise<number> {
    const started = performance.now();
    const result = await this.pool.query({ name: statementName(query.text), text: query.text, values: toParameters(query.values) });
    this.observed(query.text, performance.now() - started);
    return result.rowCount ?? 0;
  }

  /** The pool's connections (for metrics): open, idle, and queries waiting for one. */
  poolStats(): { total: number; idle: number; waiting: number } {
    return { total: this.pool.totalCount, idle: this.pool.idleCount, waiting: this.pool.waitingCount };
  }

  /** As read, or in `tx` when the rows are read by a change (a rule must read under its transaction's locks). */
  readIn<T>(tx: Tx | undefined, query: Prisma.Sql): Promise<T[]> {
    return tx ? queryIn<T>(tx, query) : this.read<T>(query);
  }

  /**
   * Inserts one row in a change's transaction (see readIn) and answers it as Prisma's create would: a
   * create through Prisma's client costs the API about 0.6 ms of CPU, more than the rest of a clinician's
   * write. The id is made here, as @default(uuid()) has Prisma do; columns left out take the table's
   * defaults (timestamps are given, as Prisma gives now()). Columns are written in code, never taken
   * from input; `onConflict` is an ON CONFLICT clause (an upsert).
   */
  async insertIn<T>(tx: Tx, table: Prisma.ModelName, row: Record<string, unknown>, onConflict: Prisma.Sql = Prisma.empty): Promise<T> {
    const [inserted] = await this.readIn<T>(tx, this.insertOf(table, { id: randomUUID(), ...row }, onConflict));
    return inserted;
  }

  /** The INSERT of one row answering it (RETURNING *), as insertIn runs it: for a change that writes it with its records (see PlanUnitOfWork.insert). */
  insertOf(table: Prisma.ModelName, row: Record<string, unknown>, onConflict: Prisma.Sql = Prisma.empty): Prisma.Sql {
    const entries = Object.entries(row).filter(([, value]) => value !== undefined);
    return Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}"`)} (${Prisma.raw(entries.map(([column]) => `"${column}"`).join(', '))})
      VALUES (${Prisma.join(entries.map(([, value]) => value))}) ${onConflict} RETURNING *`;
  }

  /** A statement of a change on its transaction's connection (see openTransaction), prepared as the adapter's are. */
  async runOn(client: pg.PoolClient, query: Prisma.Sql): Promise<unknown[]> {
    const started = performance.now();
    const result = await client.query({ name: changeStatementName({ sql: query.text, args: query.values }), text: query.text, values: toParameters(query.values) });
    this.observed(query.text, performance.now() - started);
    return withEnumArrays(result);
  }

  /** Observes every SQL statement this client sends (query counting in tests and benchmarks). */
  onStatement(listener: (sql: string) => void): () => void {
    this.statementListeners.add(listener);
    return () => this.statementListeners.delete(listener);
  }

  /**
   * The rows of a table whose `column` is one of `keys` (see read): what batch loaders run on every
   * plan read. Table, column and order are written in code, never taken from input.
   */
  rowsWhereIn<T>(table: Prisma.ModelName, column: string, keys: readonly string[], orderBy = '"id"'): Promise<T[]> {
    return this.read<T>(Prisma.sql`SELECT * FROM ${Prisma.raw(`"${table}"`)} WHERE ${Prisma.raw(`"${column}"`)} ${isAnyOf(keys)} ORDER BY ${Prisma.raw(orderBy)}`);
  }

  /**
   * One page of a list in plain SQL, by keyset: `rows` is a SELECT ending in its WHERE conditions (written
   * in code); the page's own condition, order and limit are added (see keysetClauses).
   */
  keysetPage<T>(rows: Prisma.Sql, keyset: Keyset<T>, window: { size: number; backward: boolean; cursor?: string[] }): Promise<T[]> {
    const { past, orderBy, limit } = keysetClauses(keyset, window);
    return this.read<T>(Prisma.sql`${rows} AND ${past} ORDER BY ${orderBy} LIMIT ${limit}`);
  }

  /**
   * The first page under each of many parents in one statement: for each parent id, `rowsOf(parent)` (a
   * SELECT ending in its WHERE conditions, naming the parent as given) in the keyset's order, limited to
   * the page, so each parent costs one index range scan. Rows come back with their `parentId`.
   */
  firstPages<T>(parentIds: readonly string[], rowsOf: (parent: Prisma.Sql) => Prisma.Sql, keyset: Keyset<T>, window: { size: number; backward: boolean }): Promise<Array<T & { parentId: string }>> {
    const { orderBy, limit } = keysetClauses(keyset, { size: window.size, backward: window.backward });
    return this.read<T & { parentId: string }>(Prisma.sql`
      SELECT x.*, parent."id" AS "parentId" FROM unnest(${parentIds}::uuid[]) AS parent("id")
      CROSS JOIN LATERAL (${rowsOf(Prisma.sql`parent."id"`)} ORDER BY ${orderBy} LIMIT ${limit}) x`);
  }

  /**
   * A list of one table's rows under parents (`column` holds the parent's id) in the keyset's order: the
   * source of a nested connection (see nestedConnection in libs/graphql). `where` narrows the rows further
   * (SQL written in code, over the table's own columns); `columns` adds computed columns (see linkedIds).
   */
  listUnder<T>(name: string, table: Prisma.ModelName, column: string, keyset: Keyset<T>, options: { where?: Prisma.Sql; columns?: Prisma.Sql } = {}) {
    const [from, key] = [Prisma.raw(`"${table}"`), Prisma.raw(`"${column}"`)];
    const where = options.where ?? Prisma.sql`TRUE`;
    const columns = options.columns ? Prisma.sql`*, ${options.columns}` : Prisma.sql`*`;
    return this.listOf(
      name,
      (parent) => Prisma.sql`SELECT ${columns} FROM ${from} WHERE ${key} = ${parent} AND ${where}`,
      keyset,
      (parentIds) => Prisma.sql`SELECT ${key} AS "parentId", count(*)::int AS "count" FROM ${from} WHERE ${key} ${isAnyOf(parentIds)} AND ${where} GROUP BY ${key}`,
    );
  }

  /**
   * A list under parents from any SELECT: `rowsOf(parent)` ends in its WHERE conditions with the parent
   * as given; `countsOf(parentIds)` answers (parentId, count) rows.
   */
  listOf<T>(name: string, rowsOf: (parent: Prisma.Sql) => Prisma.Sql, keyset: Keyset<T>, countsOf: (parentIds: readonly string[]) => Prisma.Sql) {
    type Window = { size: number; backward: boolean; cursor?: string[] };
    return {
      name,
      firstPages: (parentIds: readonly string[], window: Window) => this.firstPages(parentIds, rowsOf, keyset, window),
      page: (parentId: string, window: Window) => this.keysetPage(rowsOf(Prisma.sql`${parentId}::uuid`), keyset, window),
      counts: (parentIds: readonly string[]) => this.read<{ parentId: string; count: number }>(countsOf(parentIds)),
      keyOf: keyset.valuesOf,
    };
  }

  /** One page of the rows of a table whose `column` holds `key` (a uuid): the lists of one patient, plan or program. */
  pageWhere<T>(table: Prisma.ModelName, column: string, key: string, keyset: Keyset<T>, window: { size: number; backward: boolean; cursor?: string[] }): Promise<T[]> {
    return this.keysetPage(Prisma.sql`SELECT * ${this.whereKey(table, column, key)}`, keyset, window);
  }

  /** How many rows of a table have `column` = `key`. */
  countWhere(table: Prisma.ModelName, column: string, key: string): Promise<number> {
    return this.countOf(this.whereKey(table, column, key));
  }

  private whereKey(table: Prisma.ModelName, column: string, key: string): Prisma.Sql {
    return Prisma.sql`FROM ${Prisma.raw(`"${table}"`)} WHERE ${Prisma.raw(`"${column}"`)} = ${key}::uuid`;
  }

  /** How many rows a SELECT's FROM and WHERE hold (`from` starts at FROM). */
  async countOf(from: Prisma.Sql): Promise<number> {
    const [{ count }] = await this.read<{ count: number }>(Prisma.sql`SELECT count(*) AS "count" ${from}`);
    return count;
  }

  async onModuleInit(): Promise<void> {
    await this.$connect();
  }

  /** Last (after beforeApplicationShutdown, where job workers finish their jobs), not in onModuleDestroy, which runs first. */
  onApplicationShutdown(): Promise<void> {
    return this.close();
  }

  /** Disconnects, and ends the pool the adapter and plain reads share (left open, it keeps a command alive for its idle timeout). */
  async close(): Promise<void> {
    await this.$disconnect();
    await this.pool.end();
  }
}
