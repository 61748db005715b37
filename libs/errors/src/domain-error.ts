/** The stable error codes clients can rely on; each maps to GraphQL `extensions.code` in one place. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  RateLimited = 'RATE_LIMITED',
  BadRequest = 'BAD_REQUEST',
  RequestTooLarge = 'REQUEST_TOO_LARGE',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  /** A single-use link (a patient's self-report link) that was used already. */
  LinkUsed = 'LINK_USED',
  /** A link past its expiry, or whose plan has closed. */
  LinkExpired = 'LINK_EXPIRED',
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra fields that are safe to show a client (never clinical text). */
  readonly details: Record<string, unknown> = {};
}

/** One invalid field of an input, and why. */
export interface InvalidField {
  field: string;
  message: string;
}

export class BadUserInputError extends DomainError {
  readonly code = ErrorCode.BadUserInput;
  /** `others`: further invalid fields of the same input; each reaches the client as an error of its own. */
  constructor(
    readonly field: string,
    message: string,
    others: InvalidField[] = [],
  ) {
    super(message);
    this.details.field = field;
    if (others.length) this.details.invalid = [{ field, message }, ...others];
  }
}

export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NotFound;
  constructor(entity: string, field?: string) {
    super(`${entity} not found`);
    this.details.entity = entity;
    if (field) this.details.field = field;
  }
}

export class ConflictError extends DomainError {
  readonly code = ErrorCode.Conflict;
  constructor(entity: string, currentVersion: number) {
    super(`${entity} was changed by someone else: reload version ${currentVersion} and apply your edit to it`);
    Object.assign(this.details, { entity, currentVersion, field: 'expectedVersion' });
  }
}

/** A rule of care refused the change; the message says what is missing. */
export class RuleViolationError extends DomainError {
  readonly code = ErrorCode.BadUserInput;
  constructor(message: string, field?: string, missing?: string[]) {
    super(message);
    if (field) this.details.field = field;
    if (missing) this.details.missing = missing;
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.Unauthenticated;
  constructor(message = 'A valid bearer token of an active staff member is required') {
    super(message);
  }
}

/** A self-report link that can no longer be used: used already, or expired. */
export class LinkNotUsableError extends DomainError {
  constructor(readonly code: ErrorCode.LinkUsed | ErrorCode.LinkExpired) {
    super(code === ErrorCode.LinkUsed ? 'This link was used already: ask your care team for a new one' : 'This link has expired: ask your care team for a new one');
  }
}

export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.Forbidden;
}

/** Too many requests from one staff member or address; the client may retry after the given seconds. */
export class RateLimitedError extends DomainError {
  readonly code = ErrorCode.RateLimited;
  constructor(retryAfterSeconds: number, who: 'staff member' | 'address') {
    super(`Too many requests from this ${who}: try again in ${retryAfterSeconds} s`);
    this.details.retryAfterSeconds = retryAfterSeconds;
  }
}

/** A request that is not a GraphQL request at all (a body that is not JSON, say). */
export class BadRequestError extends DomainError {
  readonly code = ErrorCode.BadRequest;
}

export class RequestTooLargeError extends DomainError {
  readonly code = ErrorCode.RequestTooLarge;
  constructor(limitBytes: number) {
    super(`Request bodies may be at most ${Math.round(limitBytes / 1024)} KB`);
    this.details.maximum = limitBytes;
  }
}

/** The API cannot take the request now (busy, or a service it needs is down); the client may retry. */
export class ServiceUnavailableError extends DomainError {
  readonly code = ErrorCode.ServiceUnavailable;
  constructor(message: string, retryAfterSeconds = 1) {
    super(message);
    this.details.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Refuses an end that comes before its start (or the same instant, when `strict`). */
export function assertInOrder(start: Date, end: Date | null | undefined, field: string, strict = false): void {
  if (!end) return;
  if (strict ? end <= start : end < start) throw new BadUserInputError(field, `${field} must come after the start`);
}
