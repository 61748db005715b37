import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '@oneplan/errors';
import type { Actor, OnePlanRequest } from '@oneplan/graphql';
import { ActorRepository } from './actor.repository.js';
import { BearerTokens } from './bearer-token.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Resolves the staff member behind a request's bearer token, once per request. The staff record is read
 * on every request, so a deactivated member is refused at once even with an unexpired token.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly actors: ActorRepository,
    private readonly tokens: BearerTokens,
  ) {}

  async actorOf(req: OnePlanRequest): Promise<Actor> {
    if (req.actor) return req.actor;
    const header = req.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new UnauthenticatedError();
    const subject = await this.tokens.subjectOf(token);
    const actor = UUID.test(subject) ? await this.actors.findActive(subject) : null;
    if (!actor) throw new UnauthenticatedError('The token does not belong to an active staff member');
    req.actor = actor;
    return actor;
  }
}
