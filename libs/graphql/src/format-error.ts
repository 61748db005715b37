import { Logger } from '@nestjs/common';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, unavailableFor } from '@oneplan/errors';

const logger = new Logger('GraphQL');

/**
 * Codes of a malformed or refused request (from Apollo, graphql-js or our limits), as clients see them,
 * with the extensions each may carry. They are safe to pass on.
 */
const REQUEST_ERRORS: Record<string, { code: string; keep: string[] }> = {
  GRAPHQL_PARSE_FAILED: { code: 'GRAPHQL_PARSE_FAILED', keep: [] },
  GRAPHQL_VALIDATION_FAILED: { code: 'GRAPHQL_VALIDATION_FAILED', keep: [] },
  BAD_USER_INPUT: { code: 'BAD_USER_INPUT', keep: [] },
  BAD_REQUEST: { code: 'BAD_REQUEST', keep: [] },
  OPERATION_RESOLUTION_FAILURE: { code: 'BAD_REQUEST', keep: [] },
  PERSISTED_QUERY_NOT_FOUND: { code: 'PERSISTED_QUERY_NOT_SUPPORTED', keep: [] },
  PERSISTED_QUERY_NOT_SUPPORTED: { code: 'PERSISTED_QUERY_NOT_SUPPORTED', keep: [] },
  QUERY_LIMIT_EXCEEDED: { code: 'QUERY_LIMIT_EXCEEDED', keep: ['limit', 'maximum', 'actual'] },
  SERVICE_UNAVAILABLE: { code: 'SERVICE_UNAVAILABLE', keep: ['retryAfterSeconds'] },
};

/** The domain error behind a GraphQL error, however deeply it was wrapped (resolvers, subscriptions). */
function domainErrorIn(error: unknown): DomainError | undefined {
  for (let current = error; current; current = (current as { originalError?: unknown }).originalError) {
    if (current instanceof DomainError) return current;
    if (current === (current as { originalError?: unknown }).originalError) break;
  }
  // PostgreSQL or Redis down is not a defect: the client is told to retry.
  return unavailableFor(error);
}

/** Whether an error is one clients are meant to see (a domain error or a malformed or refused request). */
function isExpected(error: unknown, code: unknown): boolean {
  return domainErrorIn(error) !== undefined || (typeof code === 'string' && code in REQUEST_ERRORS);
}

/** Logs an unexpected error with its request id: name, code and frames only, since messages of driver errors quote row values. */
export function logUnexpectedErrors(errors: readonly GraphQLError[], requestId: string): void {
  for (const error of errors) {
    const original = unwrapResolverError(error);
    if (unavailableFor(original)) {
      logger.warn({ requestId, path: error.path, err: { name: (original as Error).name, code: (original as { code?: unknown }).code } }, 'A dependency is unavailable');
      continue;
    }
    if (isExpected(error, error.extensions?.code)) continue;
    const failure = original instanceof Error ? original : new Error(String(original));
    logger.error(
      { requestId, path: error.path, err: { name: failure.name, code: (failure as { code?: unknown }).code, stack: failure.stack?.split('\n').slice(1, 8).join('\n') } },
      'Unexpected error',
    );
  }
}

/**
 * The single mapping from errors to what clients see: domain errors keep their stable code and safe
 * details, request errors pass through with their own details, anything else is masked (no stack traces
 * or SQL). A request id already attached (errors raised before execution) is kept.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { code, requestId } = formatted.extensions ?? {};
  const traced = typeof requestId === 'string' ? { requestId } : {};
  const original = domainErrorIn(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original) return { ...base, message: original.message, extensions: { code: original.code, ...original.details, ...traced } };
  const known = typeof code === 'string' ? REQUEST_ERRORS[code] : undefined;
  if (known) {
    const details = Object.fromEntries(known.keep.filter((key) => formatted.extensions?.[key] !== undefined).map((key) => [key, formatted.extensions![key]]));
    return { ...base, extensions: { code: known.code, ...details, ...traced } };
  }
  return { ...maskedError(), path: formatted.path, ...(typeof requestId === 'string' ? { extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } } : {}) };
}

/** What a client sees of a failure it did not cause. */
export function maskedError(): GraphQLFormattedError {
  return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
