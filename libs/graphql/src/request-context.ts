import type { Request } from 'express';
import type { RequestLoaders } from './request-loaders.js';

/** The acting staff member, set once per request by the auth guard; every write records them. */
export interface Actor {
  staffId: string;
  programId: string;
  discipline: string;
}

export interface OnePlanRequest extends Request {
  actor?: Actor;
}

export interface GraphQLContext {
  req: OnePlanRequest;
  loaders: RequestLoaders;
  /** The operation's computed cost, once known (reported in the response's extensions). */
  cost?: number;
  /** For node and nodes: what the access guard decided for each id (the record's target, or the error to give). */
  nodeDecisions?: Map<string, object>;
}
