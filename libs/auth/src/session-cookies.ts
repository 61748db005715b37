import { hkdfSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';
import { jwtVerify, SignJWT } from 'jose';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';

const SESSION_HOURS = 8;
const AUDIENCE = 'oneplan-web';
/** A sign-in through the identity provider must come back within this long. */
const LOGIN_MINUTES = 10;
const LOGIN_AUDIENCE = 'oneplan-web-login';

/** What a sign-in through the identity provider must find when it comes back (PKCE verifier, state, nonce). */
export interface LoginState {
  verifier: string;
  state: string;
  nonce: string;
}

/**
 * The web app's sign-in, kept where scripts cannot read it: an HttpOnly, SameSite=Strict cookie holding a
 * short signed token that names the staff member (no token ever reaches the page or browser storage).
 * Its key is derived from JWT_SECRET, apart from the bearer tokens' (a session is not a bearer token).
 * Over HTTPS the cookie is Secure and __Host- prefixed (this host only, every path).
 */
@Injectable()
export class SessionCookies {
  private readonly key: Uint8Array;
  private readonly secure: boolean;
  readonly name: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = new Uint8Array(hkdfSync('sha256', config.JWT_SECRET, 'oneplan', 'web session', 32));
    this.secure = config.APP_URL.startsWith('https:');
    this.name = this.secure ? '__Host-oneplan_session' : 'oneplan_session';
  }

  async issue(res: Response, staffId: string): Promise<void> {
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(staffId).setAudience(AUDIENCE).setIssuedAt().setExpirationTime(`${SESSION_HOURS}h`).sign(this.key);
    res.append('Set-Cookie', stringifySetCookie({ name: this.name, value: token, httpOnly: true, sameSite: 'strict', secure: this.secure, path: '/', maxAge: SESSION_HOURS * 3600 }));
  }

  /**
   * Keeps a pending sign-in's checks until the provider redirects back. SameSite=Lax: that redirect is a
   * navigation from the provider's site, which a Strict cookie would not accompany; only the callback reads it.
   */
  async issueLoginState(res: Response, login: LoginState): Promise<void> {
    const token = await new SignJWT({ ...login }).setProtectedHeader({ alg: 'HS256' }).setAudience(LOGIN_AUDIENCE).setIssuedAt().setExpirationTime(`${LOGIN_MINUTES}m`).sign(this.key);
    res.append('Set-Cookie', stringifySetCookie({ name: this.loginName, value: token, httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/auth/callback', maxAge: LOGIN_MINUTES * 60 }));
  }

  async loginStateOf(req: Pick<Request, 'headers'>, res: Response): Promise<LoginState | undefined> {
    res.append('Set-Cookie', stringifySetCookie({ name: this.loginName, value: '', httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/auth/callback', maxAge: 0 }));
    const token = req.headers.cookie ? parseCookie(req.headers.cookie)[this.loginName] : undefined;
    if (!token) return undefined;
    try {
      const { payload } = await jwtVerify<LoginState>(token, this.key, { audience: LOGIN_AUDIENCE, algorithms: ['HS256'] });
      return { verifier: payload.verifier, state: payload.state, nonce: payload.nonce };
    } catch {
      return undefined;
    }
  }

  private get loginName(): string {
    return this.secure ? '__Secure-oneplan_login' : 'oneplan_login';
  }

  clear(res: Response): void {
    res.append('Set-Cookie', stringifySetCookie({ name: this.name, value: '', httpOnly: true, sameSite: 'strict', secure: this.secure, path: '/', maxAge: 0 }));
  }

  /** The staff member a request's session cookie names; undefined without one, or with one that is invalid or expired. */
  async staffIdOf(req: Pick<Request, 'headers'>): Promise<string | undefined> {
    const header = req.headers.cookie;
    if (!header || header.length > 8192) return undefined;
    const token = parseCookie(header)[this.name];
    if (!token) return undefined;
    try {
      const { payload } = await jwtVerify(token, this.key, { audience: AUDIENCE, algorithms: ['HS256'] });
      return payload.sub;
    } catch {
      return undefined;
    }
  }
}
