import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import * as oidc from 'openid-client';
import { AuditTrail } from '@oneplan/audit';
import { ActorRepository, SessionCookies } from '@oneplan/auth';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { ServiceUnavailableError } from '@oneplan/errors';
import type { OnePlanRequest } from '@oneplan/graphql';

/** Why a sign-in came back refused, as the sign-in page says it (no detail of the provider's answer). */
type Failure = 'expired' | 'provider' | 'unknown';

/**
 * The web app's sign-in through the clinic's OpenID Connect provider (openid-client): the authorization
 * code flow with PKCE, state and nonce, the API as the confidential client (OIDC_WEB_CLIENT_ID). The
 * provider's tokens stay in the API: the staff member its ID token names (OIDC_STAFF_CLAIM, by default
 * the email) gets the session cookie, and the browser never holds a token. Someone the provider knows
 * but OnePlan does not (or no longer) is refused, and the refusal audited.
 */
@Injectable()
export class ProviderSignIn {
  private configuration?: Promise<oidc.Configuration>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly actors: ActorRepository,
    private readonly audit: AuditTrail,
    private readonly sessions: SessionCookies,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.OIDC_WEB_CLIENT_ID);
  }

  private get redirectUri(): string {
    return new URL('/auth/callback', this.config.APP_URL).href;
  }

  /** GET /auth/login: to the provider, with this sign-in's checks kept in a short-lived cookie. */
  readonly login = async (_req: OnePlanRequest, res: Response): Promise<void> => {
    const provider = await this.provider();
    const login = { verifier: oidc.randomPKCECodeVerifier(), state: oidc.randomState(), nonce: oidc.randomNonce() };
    await this.sessions.issueLoginState(res, login);
    const url = oidc.buildAuthorizationUrl(provider, {
      redirect_uri: this.redirectUri,
      scope: 'openid email',
      code_challenge: await oidc.calculatePKCECodeChallenge(login.verifier),
      code_challenge_method: 'S256',
      state: login.state,
      nonce: login.nonce,
    });
    res.redirect(302, url.href);
  };

  /** GET /auth/callback: the code exchanged for the ID token, whose staff member is signed in. */
  readonly callback = async (req: OnePlanRequest, res: Response): Promise<void> => {
    const login = await this.sessions.loginStateOf(req, res);
    if (!login) return this.refuse(req, res, 'expired', 'sign-in expired or started elsewhere');
    const provider = await this.provider();
    let claims;
    try {
      const tokens = await oidc.authorizationCodeGrant(provider, new URL(req.originalUrl, this.config.APP_URL), {
        pkceCodeVerifier: login.verifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error) {
      if (error instanceof oidc.ClientError || error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ResponseBodyError) {
        return this.refuse(req, res, 'provider', 'the provider refused the sign-in');
      }
      throw error;
    }
    const email = claims?.[this.config.OIDC_STAFF_CLAIM];
    const staffId = typeof email === 'string' ? await this.actors.findIdByEmail(email) : null;
    if (!staffId) return this.refuse(req, res, 'unknown', 'no active staff member');
    await this.sessions.issue(res, staffId);
    res.redirect(302, '/');
  };

  private async refuse(req: OnePlanRequest, res: Response, failure: Failure, reason: string): Promise<void> {
    await this.audit.signInRefused(req, reason);
    res.redirect(302, `/sign-in?failed=${failure}`);
  }

  /** The provider's metadata, discovered once (a failed discovery is tried again by the next sign-in). */
  private provider(): Promise<oidc.Configuration> {
    // Plain HTTP only for a provider on this machine (development and the test suite).
    const local = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(this.config.OIDC_ISSUER);
    this.configuration ??= oidc
      .discovery(new URL(this.config.OIDC_ISSUER), this.config.OIDC_WEB_CLIENT_ID, this.config.OIDC_WEB_CLIENT_SECRET, undefined, { execute: local ? [oidc.allowInsecureRequests] : [] })
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw new ServiceUnavailableError(`The identity provider cannot be reached: try again in a moment (${(error as Error).name})`);
      });
    return this.configuration;
  }
}
