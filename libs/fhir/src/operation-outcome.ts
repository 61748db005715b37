import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import { DomainError, ErrorCode, unavailableFor } from '@oneplan/errors';

/** OnePlan's stable error codes, as the code system of an OperationOutcome issue's details. */
export const ERROR_CODE_SYSTEM = 'https://oneplan.example/fhir/CodeSystem/error-code';

/** HTTP status and FHIR issue type of each stable code. */
const ANSWER: Record<ErrorCode, [status: number, issue: OperationOutcomeIssue['code']]> = {
  [ErrorCode.BadUserInput]: [400, 'invalid'],
  [ErrorCode.BadRequest]: [400, 'invalid'],
  [ErrorCode.NotFound]: [404, 'not-found'],
  [ErrorCode.Conflict]: [409, 'conflict'],
  [ErrorCode.Unauthenticated]: [401, 'login'],
  [ErrorCode.Forbidden]: [403, 'forbidden'],
  [ErrorCode.RateLimited]: [429, 'throttled'],
  [ErrorCode.RequestTooLarge]: [413, 'too-costly'],
  [ErrorCode.ServiceUnavailable]: [503, 'transient'],
  [ErrorCode.LinkUsed]: [410, 'expired'],
  [ErrorCode.LinkExpired]: [410, 'expired'],
};

/**
 * A refusal as FHIR clients read one: an OperationOutcome whose issue carries the stable code, the
 * message, the element (expression) it is about and the request id. Anything unexpected is a bare
 * "exception" with no detail.
 */
export function operationOutcomeOf(failure: unknown, requestId: string): { status: number; body: OperationOutcome } {
  const error = unavailableFor(failure) ?? failure;
  if (!(error instanceof DomainError)) return { status: 500, body: outcome([{ severity: 'error', code: 'exception', diagnostics: `Internal server error (request ${requestId})` }]) };
  const [status, code] = ANSWER[error.code];
  const invalid = (error.details.invalid as Array<{ field: string; message: string }> | undefined) ?? [{ field: error.details.field as string | undefined, message: error.message }];
  return {
    status,
    body: outcome(
      invalid.map((item) => ({
        severity: 'error',
        code,
        details: { coding: [{ system: ERROR_CODE_SYSTEM, code: error.code }], text: item.message },
        diagnostics: `request ${requestId}`,
        ...(item.field ? { expression: [item.field] } : {}),
      })),
    ),
  };
}

function outcome(issue: OperationOutcomeIssue[]): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue };
}
