import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands every resolver error straight to GraphQL, where formatGraphQLError maps (and logs) it once:
 * Nest's default handler would log the raw message, and driver errors quote row values (clinical text)
 * in theirs. HTTP routes keep Nest's default handling.
 */
@Catch()
export class GraphQLErrorFilter extends BaseExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    return super.catch(error, host);
  }
}
