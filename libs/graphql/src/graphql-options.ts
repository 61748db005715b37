import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { ApolloServerPlugin } from '@apollo/server';
import type { AppConfig } from '@oneplan/config';
import { formatGraphQLError, logUnexpectedErrors, maskedError } from './format-error.js';
import { queryCostPlugin, queryLimitRules } from './query-limits.js';
import { RequestLoaders } from './request-loaders.js';
import type { GraphQLContext, OnePlanRequest } from './request-context.js';

/** An operation (by response key) that a resolver refused with FORBIDDEN after the access rules let it run. */
export interface RefusedOperation {
  responseKey: string;
  reason: string;
}

/** Work that must finish before a response leaves (the audit trail); if it fails, no data is sent. */
export type BeforeResponse = (req: OnePlanRequest, refused: RefusedOperation[]) => Promise<void>;

/**
 * Runs `beforeResponse`, logs unexpected errors with the request id, and adds the id to every error so a
 * masked failure can be found in the logs.
 */
function responsePlugin(beforeResponse: BeforeResponse): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          logUnexpectedErrors(errors, String(contextValue.req.id ?? ''));
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const refused = (result.errors ?? [])
            .filter((error) => error.extensions?.code === 'FORBIDDEN' && error.path?.length === 1)
            .map((error) => ({ responseKey: String(error.path![0]), reason: error.message }));
          try {
            await beforeResponse(contextValue.req, refused);
          } catch {
            result.data = null;
            result.errors = [maskedError()];
          }
          if (!result.errors) return;
          const requestId = String(contextValue.req.id ?? '');
          result.errors = result.errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId } }));
        },
      };
    },
  };
}

function formatAll(errors: readonly GraphQLError[]) {
  logUnexpectedErrors(errors, '');
  return errors.map((error) => formatGraphQLError(error.toJSON(), error));
}

/** Subscriptions over graphql-ws; their errors bypass Apollo's formatError, so they get the same mapping here. */
const GRAPHQL_WS: Partial<ServerOptions> & { path: string } = {
  path: '/graphql',
  onNext: (_ctx, _id, _payload, _args, result: ExecutionResult) => (result.errors ? { ...result, errors: formatAll(result.errors) } : undefined),
  onError: (_ctx, _id, _payload, errors) => formatAll(errors),
};

/** What graphql-ws hands the context function for a subscription. */
interface WsConnection {
  connectionParams?: Record<string, unknown>;
  extra: { request: IncomingMessage };
}

/** A request-shaped view of a WebSocket subscription, so the access guard and audit trail treat it like any request. */
function socketRequest({ connectionParams, extra }: WsConnection): OnePlanRequest {
  const authorization = typeof connectionParams?.authorization === 'string' ? connectionParams.authorization : undefined;
  return { headers: { authorization }, ip: extra.request.socket.remoteAddress, id: randomUUID() } as unknown as OnePlanRequest;
}

export function graphqlOptions(config: AppConfig, beforeResponse: BeforeResponse): ApolloDriverConfig {
  const development = config.NODE_ENV !== 'production';
  const limits = { maxDepth: config.GRAPHQL_MAX_DEPTH, maxCost: config.GRAPHQL_MAX_COST, maxAliases: config.GRAPHQL_MAX_ALIASES, maxOperations: config.GRAPHQL_MAX_OPERATIONS };
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Introspection and the GraphiQL page in development only (without GraphiQL Nest disables any landing page).
    introspection: development,
    playground: false,
    graphiql: development,
    validationRules: queryLimitRules(limits),
    // Plans are private to the care team and never cached by HTTP caches; without the cache-control
    // plugin Apollo also skips its per-field instrumentation.
    plugins: [
      responsePlugin(beforeResponse),
      queryCostPlugin(limits.maxCost),
      ApolloServerPluginCacheControlDisabled(),
    ],
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    // Subscriptions over graphql-ws; the connection's authorization param stands in for the header.
    subscriptions: { 'graphql-ws': GRAPHQL_WS as GraphQLWsSubscriptionsConfig },
    context: (http: { req?: OnePlanRequest } & Partial<WsConnection>): GraphQLContext => ({ req: http.req ?? socketRequest(http as WsConnection), loaders: new RequestLoaders() }),
  };
}
