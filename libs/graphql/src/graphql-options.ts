import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import type { AppConfig } from '@oneplan/config';
import { formatGraphQLError, logUnexpectedErrors } from './format-error.js';
import { RequestLoaders } from './request-loaders.js';
import type { GraphQLContext, OnePlanRequest } from './request-context.js';

/** Logs unexpected errors with the request id, and adds the id to every error so a masked failure can be found in the logs. */
const requestIdOnErrors: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        logUnexpectedErrors(errors, String(contextValue.req.id ?? ''));
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const requestId = String(contextValue.req.id ?? '');
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
          ...error,
          extensions: { ...error.extensions, requestId },
        }));
      },
    };
  },
};

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const development = config.NODE_ENV !== 'production';
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: development,
    playground: false,
    // Plans are private to the care team and never cached by HTTP caches; without the cache-control
    // plugin Apollo also skips its per-field instrumentation.
    plugins: [requestIdOnErrors, ApolloServerPluginCacheControlDisabled(), ...(development ? [] : [ApolloServerPluginLandingPageDisabled()])],
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    context: ({ req }: { req: OnePlanRequest }): GraphQLContext => ({ req, loaders: new RequestLoaders() }),
  };
}
