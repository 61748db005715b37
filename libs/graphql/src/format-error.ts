import { Logger } from '@nestjs/common';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '@oneplan/errors';

const logger = new Logger('GraphQL');

/** Codes that Apollo and graphql-js produce for a malformed request; they are safe to pass on. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** The domain error behind a GraphQL error, however deeply it was wrapped (resolvers, subscriptions). */
function domainErrorIn(error: unknown): DomainError | undefined {
  for (let current = error; current; current = (current as { originalError?: unknown }).originalError) {
    if (current instanceof DomainError) return current;
    if (current === (current as { originalError?: unknown }).originalError) break;
  }
  return undefined;
}

/** Whether an error is one clients are meant to see (a domain error or a malformed request). */
function isExpected(error: unknown, code: unknown): boolean {
  if (code === 'QUERY_LIMIT_EXCEEDED') return true;
  return domainErrorIn(error) !== undefined || (typeof code === 'string' && REQUEST_ERROR_CODES.has(code));
}

/** Logs an unexpected error with its request id: name, code and frames only, since messages of driver errors quote row values. */
export function logUnexpectedErrors(errors: readonly GraphQLError[], requestId: string): void {
  for (const error of errors) {
    if (isExpected(error, error.extensions?.code)) continue;
    const original = unwrapResolverError(error);
    const failure = original instanceof Error ? original : new Error(String(original));
    logger.error({ requestId, path: error.path, err: { name: failure.name, code: (failure as { code?: unknown }).code, stack: failure.stack?.split('\n').slice(1, 8).join('\n') } }, 'Unexpected error');
  }
}

/**
 * The single mapping from errors to what clients see: domain errors keep their stable code and safe
 * details, request errors pass through, anything else is masked (no stack traces or SQL).
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = domainErrorIn(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  const { code, limit, maximum, actual } = formatted.extensions ?? {};
  if (limit !== undefined) return { ...base, extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, maximum, actual } };
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { ...base, extensions: { code: code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' ? code : 'BAD_USER_INPUT' } };
  }
  return { ...maskedError(), path: formatted.path };
}

/** What a client sees of a failure it did not cause. */
export function maskedError(): GraphQLFormattedError {
  return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
