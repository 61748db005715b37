import type { Request } from 'express';
import type { RequestLoaders } from './request-loaders.js';

/** The acting staff member, set once per request by the auth guard; every write records them. */
export interface Actor {
  staffId: string;
  /** The staff member's program; null for an organization admin, who belongs to the organization instead. */
  programId: string | null;
  organizationId: string;
  discipline: string;
}

export interface OnePlanRequest extends Request {
  actor?: Actor;
  /** The GraphQL operation, as logs name it (type and first root field), once resolved. */
  operation?: string;
}

const requests = new WeakMap<Actor, OnePlanRequest>();

/** Sets the request's actor (its own object), remembering the request so a change can audit itself in its transaction. */
export function signIn(req: OnePlanRequest, actor: Actor): Actor {
  const own = { ...actor };
  requests.set(own, req);
  req.actor = own;
  return own;
}

/** The request an actor signed in with; none for the worker's rules. */
export function requestOf(actor: Actor): OnePlanRequest | undefined {
  return requests.get(actor);
}

export interface GraphQLContext {
  req: OnePlanRequest;
  loaders: RequestLoaders;
  /** The operation's computed cost, once known (reported in the response's extensions). */
  cost?: number;
  /** Called once the admitted operation has finished, so admission can give its share back. */
  finished?: () => void;
  /** For node and nodes: what the access guard decided for each id (the record's target, or the error to give). */
  nodeDecisions?: Map<string, object>;
}
