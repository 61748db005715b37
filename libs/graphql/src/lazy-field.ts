import type { FieldMiddleware } from '@nestjs/graphql';

/**
 * Field middleware for values a resolver hands over as functions (a payload's plan, a connection's
 * totalCount): called only when the client selects the field. Nest's own field resolver returns the
 * property as it is, so without this a function would reach serialization.
 */
export const lazyField: FieldMiddleware = async (_ctx, next) => {
  const value: unknown = await next();
  return typeof value === 'function' ? (value as () => unknown)() : value;
};
