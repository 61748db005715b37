import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type Request, type Response } from 'express';
import { ActorRepository, Authenticator, RequestRateLimits, SessionCookies } from '@oneplan/auth';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { DomainError, unavailableFor } from '@oneplan/errors';
import type { OnePlanRequest } from '@oneplan/graphql';
import { ProviderSignIn } from './provider-sign-in.js';
import { refuse } from './refusal.js';

/** Staff listed on the development sign-in page. */
const DIRECTORY_LIMIT = 200;

type Handler = (req: OnePlanRequest, res: Response) => Promise<void>;

/**
 * The web app's sign-in and sign-out under /auth. A session lives in an HttpOnly cookie (SessionCookies);
 * the page learns who is signed in from /auth/session. With OIDC_WEB_CLIENT_ID, /auth/login signs in
 * through the clinic's identity provider (ProviderSignIn). Outside production a development sign-in lists
 * the active staff and signs in as any of them (the demo clinic); production has no such route. Every
 * route spends the client address's rate budget; the ones that change the session take JSON only (a
 * cross-site form cannot send it) and the cookie is SameSite=Strict.
 */
@Injectable()
export class WebSessions {
  private readonly logger = new Logger(WebSessions.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly actors: ActorRepository,
    private readonly authenticator: Authenticator,
    private readonly rateLimits: RequestRateLimits,
    private readonly sessions: SessionCookies,
    private readonly provider: ProviderSignIn,
  ) {}

  mount(app: NestExpressApplication): void {
    const server = app.getHttpAdapter().getInstance() as express.Express;
    server.get('/auth/session', this.route(this.session));
    server.post('/auth/sign-out', this.route(this.signOut));
    if (this.provider.enabled) {
      server.get('/auth/login', this.route(this.provider.login));
      server.get('/auth/callback', this.route(this.provider.callback));
    }
    if (this.config.NODE_ENV === 'production') return;
    server.get('/auth/dev/staff', this.route(this.directory));
    server.post('/auth/dev/sign-in', express.json({ limit: 1024, strict: true }), this.route(this.devSignIn));
  }

  private readonly session: Handler = async (req, res) => {
    const actor = await this.authenticator.actorOf(req);
    res.json(await this.actors.profile(actor.staffId));
  };

  private readonly signOut: Handler = async (_req, res) => {
    this.sessions.clear(res);
    res.status(204).end();
  };

  private readonly directory: Handler = async (_req, res) => {
    res.json(await this.actors.directory(DIRECTORY_LIMIT));
  };

  private readonly devSignIn: Handler = async (req, res) => {
    const email = (req.body as { email?: unknown } | undefined)?.email;
    const staffId = typeof email === 'string' && email.length <= 320 ? await this.actors.findIdByEmail(email) : null;
    if (!staffId) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'No active staff member has this email' } });
      return;
    }
    await this.sessions.issue(res, staffId);
    res.status(204).end();
  };

  /** Runs a route after the address's rate budget; a refusal is answered as the front door answers one (stable code, no stack). */
  private route(handler: Handler) {
    return (req: Request, res: Response) => {
      res.setHeader('Cache-Control', 'no-store');
      this.rateLimits
        .spendForAddress(req.ip ?? 'unknown')
        .then(() => handler(req as OnePlanRequest, res))
        .catch((error: unknown) => {
          if (!(error instanceof DomainError) && !unavailableFor(error)) this.logger.error({ err: { name: (error as Error)?.name } }, 'Web session route failed');
          refuse(res, error);
        });
    };
  }
}
