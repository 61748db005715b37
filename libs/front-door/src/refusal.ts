import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode, unavailableFor } from '@oneplan/errors';
import { operationOutcomeOf } from '@oneplan/fhir';

/** HTTP status of each refusal the front door makes before GraphQL runs. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.RequestTooLarge]: 413,
  [ErrorCode.BadRequest]: 400,
  [ErrorCode.ServiceUnavailable]: 503,
};

/**
 * Answers a request the front door refuses with a GraphQL-shaped body (`errors` with a stable
 * `extensions.code` and the request id), so every client library reads it like any GraphQL error.
 * Returns the code.
 */
export function refuse(res: Response, failure: unknown): string {
  const requestId = String(res.req.id ?? '');
  // PostgreSQL or Redis down while signing in or counting requests: retryable, not a defect.
  const error = unavailableFor(failure) ?? failure;
  if (res.req.originalUrl.startsWith('/fhir/')) return refuseAsFhir(res, error, requestId);
  if (isRequestError(error)) {
    const { http, ...extensions } = error.extensions as { http?: { status?: number } };
    res.status(http?.status ?? 400).json({ errors: [{ message: error.message, extensions: { ...extensions, requestId } }] });
    return String(error.extensions.code);
  }
  if (!(error instanceof DomainError)) {
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
    return 'INTERNAL_SERVER_ERROR';
  }
  const retryAfter = error.details.retryAfterSeconds;
  if (typeof retryAfter === 'number') res.set('retry-after', String(retryAfter));
  if (error.code === ErrorCode.Unauthenticated) res.set('www-authenticate', 'Bearer');
  res.status(STATUS[error.code] ?? 400).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details, requestId } }] });
  return error.code;
}

/** FHIR REST clients read refusals as an OperationOutcome. */
function refuseAsFhir(res: Response, error: unknown, requestId: string): string {
  const { status, body } = operationOutcomeOf(error, requestId);
  if (error instanceof DomainError) {
    if (typeof error.details.retryAfterSeconds === 'number') res.set('retry-after', String(error.details.retryAfterSeconds));
    if (error.code === ErrorCode.Unauthenticated) res.set('www-authenticate', 'Bearer');
  }
  res.status(status).type('application/fhir+json; charset=utf-8').send(JSON.stringify(body));
  return error instanceof DomainError ? error.code : 'INTERNAL_SERVER_ERROR';
}

/** A GraphQL error with a stable code of its own (a document over a limit). */
export function isRequestError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && typeof error.extensions.code === 'string';
}
