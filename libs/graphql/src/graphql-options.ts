import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode, GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode, type InvalidField, unavailableFor } from '@oneplan/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import type { AppConfig } from '@oneplan/config';
import { joiningWave, ReadWave } from '@oneplan/prisma';
import { CostAdmission } from './admission.js';
import { compiledExecutor } from './compiled-executor.js';
import type { DocumentLimits } from './document-limits.js';
import { formatGraphQLError, logUnexpectedErrors, maskedError } from './format-error.js';
import { operationLabel } from './operation-label.js';
import { queryCostPlugin } from './query-cost.js';
import { RequestLoaders } from './request-loaders.js';
import type { GraphQLContext, OnePlanRequest } from './request-context.js';

/**
 * An operation (by response key) that failed after the access rules let it run: REFUSED when a rule below
 * the guard refused it (FORBIDDEN, NOT_FOUND), FAILED otherwise (invalid input, a conflict, a fault).
 */
export interface RefusedOperation {
  responseKey: string;
  outcome: 'REFUSED' | 'FAILED';
  reason: string;
}

const REFUSALS = new Set<unknown>([ErrorCode.Forbidden, ErrorCode.NotFound]);

/** The audit outcome of an operation's error; reasons name the code and field, never input values. */
function refusalOf(error: GraphQLFormattedError): RefusedOperation {
  const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const field = typeof error.extensions?.field === 'string' ? ` (${error.extensions.field})` : '';
  const outcome = REFUSALS.has(code) ? 'REFUSED' : 'FAILED';
  return { responseKey: String(error.path![0]), outcome, reason: code === ErrorCode.Forbidden ? error.message : `${code}${field}` };
}

/** Work that must finish before a response leaves (the sign-in confirmed, the audit trail); if it fails, no data is sent. */
export type BeforeResponse = (req: OnePlanRequest, refused: RefusedOperation[]) => Promise<void>;

/** Heap a parsed document holds per character of its source, locations included (measured: about 64). */
const DOCUMENT_BYTES_PER_CHARACTER = 64;
const DOCUMENT_CACHE_ENTRIES = 1000;

/**
 * Names the operation for the request's log line, runs `beforeResponse`, logs unexpected errors with the
 * request id, and adds the id to every error so a masked failure can be found in the logs.
 */
function responsePlugin(beforeResponse: BeforeResponse): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation) return;
          const { type, field } = operationLabel(operation);
          contextValue.req.operation = `${type} ${field}`;
        },
        async didEncounterErrors({ errors, contextValue }) {
          logUnexpectedErrors(errors, String(contextValue.req.id ?? ''));
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const refused = (result.errors ?? []).filter((error) => error.path?.length === 1).map(refusalOf);
          try {
            await beforeResponse(contextValue.req, refused);
          } catch (error) {
            result.data = null;
            // A refusal (a request whose staff member is no longer active), or PostgreSQL or Redis away.
            const known = unavailableFor(error) ?? (error instanceof DomainError ? error : undefined);
            result.errors = [known ? { message: known.message, extensions: { code: known.code, ...known.details } } : maskedError()];
          }
          if (!result.errors) return;
          const requestId = String(contextValue.req.id ?? '');
          result.errors = result.errors.flatMap(eachInvalidField).map((error) => ({ ...error, extensions: { ...error.extensions, requestId } }));
          // PostgreSQL or Redis down: a status and Retry-After that HTTP clients and proxies act on.
          const unavailable = result.errors.find((error) => error.extensions?.code === ErrorCode.ServiceUnavailable);
          if (unavailable) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(unavailable.extensions?.retryAfterSeconds ?? 1));
          }
        },
      };
    },
  };
}

/** An input with several invalid fields is answered with an error per field, each naming its field. */
function eachInvalidField(error: GraphQLFormattedError): GraphQLFormattedError[] {
  const invalid = error.extensions?.invalid;
  if (!Array.isArray(invalid)) return [error];
  return (invalid as InvalidField[]).map(({ field, message }) => ({ message, locations: error.locations, path: error.path, extensions: { code: error.extensions!.code, field } }));
}

/** The limits a document must keep, from the configuration. */
export function documentLimits(config: AppConfig): DocumentLimits {
  return {
    maxLength: config.GRAPHQL_MAX_DOCUMENT_LENGTH,
    maxTokens: config.GRAPHQL_MAX_TOKENS,
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
    maxOperations: config.GRAPHQL_MAX_OPERATIONS,
    maxFieldRepeats: config.GRAPHQL_MAX_FIELD_REPEATS,
  };
}

/** Errors of subscriptions (and anything else outside Apollo's pipeline), mapped as Apollo maps its own. */
export function formatErrors(errors: readonly GraphQLError[]) {
  logUnexpectedErrors(errors, '');
  return errors.map((error) => formatGraphQLError(error.toJSON(), error));
}

/** `observers`: plugins that watch every request (metrics). */
export function graphqlOptions(config: AppConfig, admission: CostAdmission, beforeResponse: BeforeResponse, observers: Array<ApolloServerPlugin<GraphQLContext>> = []): ApolloDriverConfig {
  const development = config.NODE_ENV !== 'production';
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Introspection in development only; the explorer is served by the front door, never a landing page.
    introspection: development,
    playground: false,
    graphiql: false,
    // No "Did you mean ...?" in production: it would describe the schema to anyone.
    hideSchemaDetailsFromClientErrors: !development,
    // Clients send whole documents; registering documents by hash would let anyone fill the server's memory.
    persistedQueries: false,
    // Parsed and validated documents, bounded by the heap they hold rather than by their JSON.
    documentStore: new InMemoryLRUCache<DocumentNode>({
      max: DOCUMENT_CACHE_ENTRIES,
      maxSize: config.GRAPHQL_DOCUMENT_CACHE_MB * 1024 * 1024,
      sizeCalculation: (document) => Math.max(1, (document.loc?.end ?? 1000) * DOCUMENT_BYTES_PER_CHARACTER),
    }),
    // Plans are private to the care team and never cached by HTTP caches; without the cache-control
    // plugin Apollo also skips its per-field instrumentation.
    plugins: [
      responsePlugin(beforeResponse),
      queryCostPlugin(config.GRAPHQL_MAX_COST, (context, cost) => admission.admit(context.req.res!, cost)),
      ...observers,
      ApolloServerPluginCacheControlDisabled(),
    ],
    // A bearer token is a header no cross-site form or image can send (it needs a CORS preflight), so a
    // GET query carrying one (urql's default for queries) is as safe as a POST.
    csrfPrevention: { requestHeaders: ['authorization', 'x-apollo-operation-name', 'apollo-require-preflight'] },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    context: ({ req }: { req: OnePlanRequest }): GraphQLContext => ({ req, loaders: new RequestLoaders(joiningWave(new ReadWave())) }),
    // Queries run compiled (graphql-jit); see compiled-executor.ts.
    ...compiledExecutor(config.GRAPHQL_COMPILED_CACHE_MB),
  };
}
