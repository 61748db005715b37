import { ServiceUnavailableError } from './domain-error.js';

/**
 * Prisma codes of a database that cannot be reached or cannot take the work now: unreachable, timed out,
 * closed, no connection free in time (P2024), or a transaction that could not start or outlived its time
 * (P2028).
 */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
/** The driver adapter's kinds of the same failures. */
const DRIVER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** Socket errors of a server that is down or restarting. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
/** SQLSTATE classes: connection exception (08), insufficient resources (53), operator intervention (57P: shutdown, restart). */
const SQLSTATE = /^(08|53|57P)/;
/** Messages of node-postgres and ioredis when their connection is gone (they carry no code). */
const MESSAGES =
  /Connection terminated|Connection is closed|timeout exceeded when trying to connect|Client has encountered a connection error|max retries per request|Stream isn't writeable|Redis is unavailable/i;

/** How long a client is asked to wait before retrying a request that met a dependency failure. */
const RETRY_AFTER_SECONDS = 2;

function isDependencyFailure(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { code, name, message, cause, meta, originalError } = error as Record<string, unknown>;
  if (typeof code === 'string' && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code))) return true;
  if (name === 'PrismaClientInitializationError' || name === 'MaxRetriesPerRequestError') return true;
  const adapter = (meta as { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } } | undefined)?.driverAdapterError?.cause;
  if (adapter && (DRIVER_KINDS.has(String(adapter.kind)) || SQLSTATE.test(String(adapter.originalCode ?? '')))) return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  // graphql-js wraps a thrown value that is not an Error of its own realm (a socket error, under Jest's VM modules) as thrownValue.
  const { thrownValue } = error as { thrownValue?: unknown };
  return [cause, originalError, thrownValue, (error as { errors?: unknown[] }).errors?.[0]].some((inner) => inner !== error && isDependencyFailure(inner, depth + 1));
}

/**
 * The retryable error a client gets when PostgreSQL or Redis is down, restarting or saturated, told apart
 * from a defect (INTERNAL_SERVER_ERROR); undefined for any other error.
 */
export function unavailableFor(error: unknown): ServiceUnavailableError | undefined {
  if (error instanceof ServiceUnavailableError) return error;
  return isDependencyFailure(error) ? new ServiceUnavailableError('A service OnePlan depends on is unavailable: try again shortly', RETRY_AFTER_SECONDS) : undefined;
}
