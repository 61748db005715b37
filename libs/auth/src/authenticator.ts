import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '@oneplan/errors';
import { type Actor, type OnePlanRequest, signIn } from '@oneplan/graphql';
import { AuditTrail } from '@oneplan/audit';
import { ActorRepository } from './actor.repository.js';
import { BearerTokens, type TokenIdentity } from './bearer-token.js';
import { SessionCookies } from './session-cookies.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Resolves the staff member behind a request's bearer token (by id, or by email for an identity
 * provider's token), or without one the web app's session cookie, once per request. The staff record is
 * read on every request, so a deactivated member is refused at once even with an unexpired token.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly actors: ActorRepository,
    private readonly tokens: BearerTokens,
    private readonly audit: AuditTrail,
    private readonly sessions: SessionCookies,
  ) {}

  /** Failed sign-ins are audited (address and reason, never the token). */
  async actorOf(req: OnePlanRequest): Promise<Actor> {
    if (req.actor) return req.actor;
    const header = req.headers.authorization ?? '';
    if (!header && req.headers.cookie) return this.sessionActorOf(req);
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return this.refuse(req, 'no bearer token', new UnauthenticatedError());
    let identity: TokenIdentity;
    try {
      identity = await this.tokens.identityOf(token);
    } catch (error) {
      if (error instanceof UnauthenticatedError) return this.refuse(req, 'invalid or expired token', error);
      throw error;
    }
    const actor = 'email' in identity ? await this.actors.findActiveByEmail(identity.email) : UUID.test(identity.staffId) ? await this.actors.findActive(identity.staffId) : null;
    if (!actor) return this.refuse(req, 'no active staff member', new UnauthenticatedError('The token does not belong to an active staff member'));
    return signIn(req, actor);
  }

  private async sessionActorOf(req: OnePlanRequest): Promise<Actor> {
    const staffId = await this.sessions.staffIdOf(req);
    if (!staffId) return this.refuse(req, 'no valid session', new UnauthenticatedError('Sign in again: the session has ended'));
    const actor = UUID.test(staffId) ? await this.actors.findActive(staffId) : null;
    if (!actor) return this.refuse(req, 'no active staff member', new UnauthenticatedError('The session does not belong to an active staff member'));
    return signIn(req, actor);
  }

  private async refuse(req: OnePlanRequest, reason: string, error: UnauthenticatedError): Promise<never> {
    await this.audit.signInRefused(req, reason);
    throw error;
  }
}
