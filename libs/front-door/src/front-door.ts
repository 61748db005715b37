import { createHash } from 'node:crypto';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import express, { type NextFunction, type Request, type Response } from 'express';
import { type GraphQLError, parse } from 'graphql';
import { Authenticator, RequestRateLimits } from '@oneplan/auth';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { BadRequestError, DomainError, RequestTooLargeError, ServiceUnavailableError, UnauthenticatedError, unavailableFor } from '@oneplan/errors';
import { checkDocument, checkSource, CostAdmission, documentLimits, type OnePlanRequest } from '@oneplan/graphql';
import { ApiMetrics } from './api-metrics.js';
import { Explorer } from './explorer.js';
import { isRequestError, refuse } from './refusal.js';
import { WebApp } from './web-app.js';
import { WebSessions } from './web-sessions.js';

/** Request bodies above this are refused before GraphQL sees them (Apollo sets no limit of its own). */
export const BODY_LIMIT_BYTES = 100 * 1024;

type Middleware = (req: Request, res: Response, next: NextFunction) => void;

/** Documents remembered as within the limits (by hash, as Apollo's document cache keeps them). */
const PASSED_DOCUMENTS = 1000;

/**
 * Everything a GraphQL request passes before Apollo sees it, cheapest first, so that what an anonymous
 * or hostile client can make the API do stays small and linear: the client address's rate budget, the
 * bearer token (before the body is read: without a valid token nothing of the request is parsed), the
 * staff member's budget (their staff record is read later, with the operation's access decision, and
 * before any response leaves), a cap on requests in flight, a bounded JSON body, and the document's limits
 * (length and tokens before parsing, then depth, aliases, directives, repeated fields and operations)
 * before Apollo validates it. Every refusal is a GraphQL-shaped error with a stable code.
 */
@Injectable()
export class FrontDoor {
  private readonly logger = new Logger(FrontDoor.name);
  private inFlight = 0;
  /**
   * Hashes of documents found within the limits: the schema and limits are fixed for the process, so a
   * client's repeated operation is lexed, parsed and checked once, not on every request.
   */
  private readonly passed = new InMemoryLRUCache<true>({ max: PASSED_DOCUMENTS });

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly admission: CostAdmission,
    private readonly authenticator: Authenticator,
    private readonly explorer: Explorer,
    private readonly metrics: ApiMetrics,
    private readonly modules: ModuleRef,
    private readonly rateLimits: RequestRateLimits,
    private readonly webApp: WebApp,
    private readonly webSessions: WebSessions,
  ) {}

  mount(app: NestExpressApplication): void {
    app.use(this.metrics.http);
    this.webApp.mount(app);
    this.webSessions.mount(app);
    this.explorer.mount(app);
    app.use('/graphql', this.guarded(this.admit));
    app.use('/graphql', this.jsonBody());
    app.use('/graphql', this.guarded(this.checkDocument));
    app.use('/fhir', this.guarded(this.admitFhir));
  }

  /**
   * Resolves once no GraphQL request is in flight and no operation is executing, including those whose
   * client left (shutdown waits for it, so none of them finds the database pool closed).
   */
  async drained(): Promise<void> {
    while (this.inFlight > 0 || this.admission.load.running > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  private readonly admit = async (req: OnePlanRequest, res: Response): Promise<void> => {
    // Counted from the first moment, while the response is surely open, so its close always uncounts it.
    if (this.inFlight >= this.config.GRAPHQL_MAX_IN_FLIGHT || res.closed) throw new ServiceUnavailableError('The API is busy: try again in a moment');
    this.inFlight++;
    res.once('close', () => this.inFlight--);
    // Answers hold protected health information: no browser or proxy may keep them (GET ones included).
    res.setHeader('Cache-Control', 'no-store');
    await this.rateLimits.spendForAddress(req.ip ?? 'unknown');
    // The token or session is checked here; the staff record is read with the operation's access decision.
    await this.rateLimits.spendForStaff(Authenticator.budgetKey(await this.authenticator.claimOf(req)));
  };

  /** FHIR REST clients are systems: a bearer token only (a browser's cookie cannot make a GET disclose a record). */
  private readonly admitFhir = async (req: OnePlanRequest, res: Response): Promise<void> => {
    if (!req.headers.authorization) throw new UnauthenticatedError('Send a bearer token');
    await this.admit(req, res);
  };

  private readonly checkDocument = async (req: OnePlanRequest): Promise<void> => {
    if (Array.isArray(req.body)) throw new BadRequestError('Batched requests are not accepted: send one operation per request');
    const source = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    // Without a document Apollo answers the request itself.
    if (typeof source !== 'string') return;
    const key = createHash('sha256').update(source).digest('base64');
    if (await this.passed.get(key)) return;
    const limits = documentLimits(this.config);
    const refusal = checkSource(source, limits) ?? this.checkParsed(source, limits);
    if (refusal) throw refusal;
    await this.passed.set(key, true);
  };

  private checkParsed(source: string, limits: ReturnType<typeof documentLimits>): GraphQLError | undefined {
    let document;
    try {
      document = parse(source);
    } catch {
      // Apollo parses it again and reports the syntax error with its location.
      return undefined;
    }
    return checkDocument(this.modules.get(GraphQLSchemaHost, { strict: false }).schema, document, limits);
  }

  /** Runs an async step and refuses the request with its error, or passes it on. */
  private guarded(step: (req: OnePlanRequest, res: Response) => Promise<void>): Middleware {
    return (req, res, next) => {
      step(req as OnePlanRequest, res).then(
        () => next(),
        (error: unknown) => {
          if (!(error instanceof DomainError) && !isRequestError(error) && !unavailableFor(error))
            this.logger.error({ requestId: req.id, err: { name: (error as Error)?.name, code: (error as { code?: unknown })?.code } }, 'Request refused by an unexpected error');
          this.metrics.refused(refuse(res, error));
        },
      );
    };
  }

  /** JSON bodies up to BODY_LIMIT_BYTES; too large or malformed bodies are refused as GraphQL errors. */
  private jsonBody(): Middleware {
    const parse = express.json({ limit: BODY_LIMIT_BYTES, strict: true });
    return (req, res, next) =>
      parse(req, res, (error?: { type?: string; status?: number }) => {
        if (!error) return next();
        if (error.type === 'entity.too.large') return this.metrics.refused(refuse(res, new RequestTooLargeError(BODY_LIMIT_BYTES)));
        this.metrics.refused(refuse(res, new BadRequestError(error.type === 'entity.parse.failed' ? 'The request body is not valid JSON' : 'The request body could not be read')));
      });
  }
}
