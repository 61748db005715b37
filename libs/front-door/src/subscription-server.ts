import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type ExecutionArgs, getOperationAST, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { Authenticator, RequestRateLimits } from '@oneplan/auth';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { DomainError } from '@oneplan/errors';
import { checkDocument, checkSource, documentLimits, formatErrors, type GraphQLContext, limitError, type OnePlanRequest, operationCost, RequestLoaders } from '@oneplan/graphql';

/** Subscription messages are small; the ws default (100 MiB) would let an anonymous client fill the heap. */
const MAX_MESSAGE_BYTES = 64 * 1024;
/** Subscriptions one connection may hold at once. */
const MAX_SUBSCRIPTIONS = 50;

type Connection = Context<Record<string, unknown>, { request: IncomingMessage }>;

/** The connection's bearer token, whatever the case of its key (GraphiQL sends `Authorization`). */
function authorizationOf(params: Record<string, unknown> | undefined): string | undefined {
  const key = Object.keys(params ?? {}).find((name) => name.toLowerCase() === 'authorization');
  const value = key ? params![key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The web app's session cookie, when the connection comes from a page of this very host: a browser sends
 * cookies with any page's WebSocket handshake, so another site's page must not ride on them.
 */
function sessionCookieOf(request: IncomingMessage): string | undefined {
  const { origin, host, cookie } = request.headers;
  if (!cookie || !origin || !host) return undefined;
  try {
    return new URL(origin).host === host ? cookie : undefined;
  } catch {
    return undefined;
  }
}

/** A request-shaped view of one subscription, so the access guard and audit trail treat it like any request. */
function requestOf(connection: Connection): OnePlanRequest {
  const { request } = connection.extra;
  const headers = { authorization: authorizationOf(connection.connectionParams), cookie: sessionCookieOf(request) };
  return { headers, ip: request.socket.remoteAddress, id: randomUUID() } as unknown as OnePlanRequest;
}

function refusal(error: unknown): GraphQLError[] {
  return [error instanceof GraphQLError ? error : new GraphQLError(error instanceof Error ? error.message : 'Refused', { originalError: error instanceof DomainError ? error : undefined })];
}

/**
 * Subscriptions over graphql-ws on /graphql. A connection must present a valid bearer token in its
 * connectionParams before anything else; each subscription's document passes the same limits as over
 * HTTP and spends the staff member's rate budget. Queries and mutations are refused here: over HTTP they
 * pass the cost limits, admission and the audit trail's response hook.
 */
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private server?: WebSocketServer;
  private closeServer?: () => Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly authenticator: Authenticator,
    private readonly modules: ModuleRef,
    private readonly rateLimits: RequestRateLimits,
  ) {}

  /** The schema GraphQLModule built (it lives in the app's GraphQL module, not in this one). */
  private get schema() {
    return this.modules.get(GraphQLSchemaHost, { strict: false }).schema;
  }

  onApplicationBootstrap(): void {
    const server = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
    const disposable = useServer<Record<string, unknown>, { request: IncomingMessage }>(
      {
        schema: this.schema,
        onConnect: (connection) => this.signIn(connection),
        onSubscribe: (connection, _id, payload) => this.prepare(connection, payload),
        onNext: (_connection, _id, _payload, _args, result) => (result.errors ? { ...result, errors: formatErrors(result.errors) } : undefined),
        onError: (_connection, _id, _payload, errors) => formatErrors(errors),
      },
      server,
    );
    const http = this.adapterHost.httpAdapter.getHttpServer() as Server;
    http.on('upgrade', (req, socket, head) => {
      if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/graphql') return;
      server.handleUpgrade(req, socket, head, (ws) => server.emit('connection', ws, req));
    });
    this.server = server;
    this.closeServer = async () => disposable.dispose();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.closeServer?.();
    this.server?.close();
  }

  /** A connection is accepted only with a valid token of an active staff member (else closed with 4403). */
  private async signIn(connection: Connection): Promise<boolean> {
    try {
      await this.rateLimits.spendForAddress(connection.extra.request.socket.remoteAddress ?? 'unknown');
      await this.authenticator.actorOf(requestOf(connection));
      return true;
    } catch {
      return false;
    }
  }

  private async prepare(connection: Connection, payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null }): Promise<ExecutionArgs | GraphQLError[]> {
    const limits = documentLimits(this.config);
    const schema = this.schema;
    try {
      if (Object.keys(connection.subscriptions).length > MAX_SUBSCRIPTIONS)
        throw limitError('subscriptions', MAX_SUBSCRIPTIONS, undefined, `A connection may hold at most ${MAX_SUBSCRIPTIONS} subscriptions`);
      const sourceRefusal = checkSource(payload.query, limits);
      if (sourceRefusal) throw sourceRefusal;
      const document = parse(payload.query);
      const documentRefusal = checkDocument(schema, document, limits);
      if (documentRefusal) throw documentRefusal;
      const operation = getOperationAST(document, payload.operationName);
      if (operation?.operation !== 'subscription') throw new GraphQLError('Only subscriptions run over WebSocket: send queries and mutations over HTTP', { extensions: { code: 'BAD_REQUEST' } });
      const invalid = validate(schema, document, specifiedRules);
      // As over HTTP, production describes no schema in its errors (no "Did you mean ...?").
      const message = (error: GraphQLError) => (this.config.NODE_ENV === 'production' ? error.message.replace(/ ?Did you mean(.+?)\?$/, '') : error.message);
      if (invalid.length) return invalid.map((error) => new GraphQLError(message(error), { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
      const variables = payload.variables ?? {};
      const cost = operationCost(schema, document, payload.operationName ?? undefined, variables, this.config.GRAPHQL_MAX_COST);
      if (cost > this.config.GRAPHQL_MAX_COST)
        throw limitError('cost', this.config.GRAPHQL_MAX_COST, cost, `The subscription costs ${cost} per event, over the budget of ${this.config.GRAPHQL_MAX_COST}`);
      const req = requestOf(connection);
      const actor = await this.authenticator.actorOf(req);
      await this.rateLimits.spendForStaff(actor.staffId);
      const contextValue: GraphQLContext = { req, loaders: new RequestLoaders(), cost };
      return { schema, document, variableValues: variables, operationName: payload.operationName ?? undefined, contextValue };
    } catch (error) {
      return refusal(error);
    }
  }
}
