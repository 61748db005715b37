import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands every resolver error straight to GraphQL, where formatGraphQLError maps (and logs) it once:
 * Nest's default handler would log the raw message, and driver errors quote row values (clinical text)
 * in theirs. The error is thrown on, not returned: graphql-js takes a returned value for an error only if
 * it is an instance of its own realm's Error, which a socket error need not be (under Jest's VM modules
 * a returned ECONNREFUSED became a payload). HTTP routes keep Nest's default handling.
 */
@Catch()
export class GraphQLErrorFilter extends BaseExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') throw error;
    return super.catch(error, host);
  }
}
