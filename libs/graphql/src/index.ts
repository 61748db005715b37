export { formatGraphQLError } from './format-error.js';
export { graphqlOptions, type RefusedOperation } from './graphql-options.js';
export { LocalDateScalar, formatLocalDate, parseLocalDate } from './local-date.scalar.js';
export * from './pagination.js';
export type { Actor, GraphQLContext, OnePlanRequest } from './request-context.js';
export { RequestLoaders, groupByKey, pickByIds } from './request-loaders.js';
export { inputValidationPipe } from './validation.js';
export { GraphQLErrorFilter } from './graphql-error.filter.js';
