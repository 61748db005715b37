import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '@oneplan/errors';
import { type Actor, type OnePlanRequest, signIn } from '@oneplan/graphql';
import { AuditTrail } from '@oneplan/audit';
import { ActorRepository } from './actor.repository.js';
import { BearerTokens, type TokenIdentity } from './bearer-token.js';
import { SessionCookies } from './session-cookies.js';

/** Who a request says it is, checked cryptographically (a bearer token, or the web app's session cookie), not yet against the staff records. */
export interface StaffClaim {
  identity: TokenIdentity;
  source: 'token' | 'session';
}

/**
 * Resolves the staff member behind a request's bearer token (by id, or by email for an identity
 * provider's token), or without one the web app's session cookie, once per request. The claim is
 * checked first (no database); the staff record is read on every request, so a deactivated member is
 * refused at once even with an unexpired token. A patient operation reads it in the same statement as its
 * access decision (see AccessGuard); anything else with actorOf.
 */
@Injectable()
export class Authenticator {
  private readonly claims = new WeakMap<OnePlanRequest, Promise<StaffClaim>>();
  private readonly signIns = new WeakMap<OnePlanRequest, Promise<Actor>>();

  constructor(
    private readonly actors: ActorRepository,
    private readonly tokens: BearerTokens,
    private readonly audit: AuditTrail,
    private readonly sessions: SessionCookies,
  ) {}

  /** The request's claim, checked once per request; UNAUTHENTICATED (audited: address and reason, never the token) without a valid one. */
  claimOf(req: OnePlanRequest): Promise<StaffClaim> {
    let claim = this.claims.get(req);
    if (!claim) {
      claim = this.checkClaim(req);
      this.claims.set(req, claim);
    }
    return claim;
  }

  /** The signed-in staff member: read from the staff records once per request (a refusal is audited once). */
  async actorOf(req: OnePlanRequest): Promise<Actor> {
    if (req.actor) return req.actor;
    let signingIn = this.signIns.get(req);
    if (!signingIn) {
      signingIn = this.claimOf(req).then(async (claim) => this.signInAs(req, claim, await this.actors.findActive(claim.identity)));
      this.signIns.set(req, signingIn);
    }
    return signingIn;
  }

  /** Signs the request in as the staff record read for its claim, or refuses it (audited) when there is none active. */
  signInAs(req: OnePlanRequest, claim: StaffClaim, actor: Actor | null): Promise<Actor> {
    const owner = claim.source === 'token' ? 'The token' : 'The session';
    const outcome = actor ? Promise.resolve(signIn(req, actor)) : this.refuse(req, 'no active staff member', new UnauthenticatedError(`${owner} does not belong to an active staff member`));
    this.signIns.set(req, outcome);
    return outcome;
  }

  /** A key for the staff member's request budget, from their claim. */
  static budgetKey({ identity }: StaffClaim): string {
    return 'staffId' in identity ? identity.staffId : `email:${identity.email.toLowerCase()}`;
  }

  private async checkClaim(req: OnePlanRequest): Promise<StaffClaim> {
    const header = req.headers.authorization ?? '';
    if (!header && req.headers.cookie) {
      const staffId = await this.sessions.staffIdOf(req);
      if (!staffId) return this.refuse(req, 'no valid session', new UnauthenticatedError('Sign in again: the session has ended'));
      return { identity: { staffId }, source: 'session' };
    }
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return this.refuse(req, 'no bearer token', new UnauthenticatedError());
    try {
      return { identity: await this.tokens.identityOf(token), source: 'token' };
    } catch (error) {
      if (error instanceof UnauthenticatedError) return this.refuse(req, 'invalid or expired token', error);
      throw error;
    }
  }

  private async refuse(req: OnePlanRequest, reason: string, error: UnauthenticatedError): Promise<never> {
    await this.audit.signInRefused(req, reason);
    throw error;
  }
}
