import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '@oneplan/errors';
import type { Actor, GraphQLContext } from '@oneplan/graphql';
import { ActorRepository } from './actor.repository.js';
import { BearerTokens } from './bearer-token.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every GraphQL operation needs a bearer token whose subject is an active staff member. The actor is
 * resolved once per request and kept on it; HTTP routes (health) are not GraphQL and pass.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly actors: ActorRepository,
    private readonly tokens: BearerTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const { req } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    if (req.actor) return true;
    const header = req.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new UnauthenticatedError();
    const subject = await this.tokens.subjectOf(token);
    const actor = UUID.test(subject) ? await this.actors.findActive(subject) : null;
    if (!actor) throw new UnauthenticatedError('The token does not belong to an active staff member');
    req.actor = actor;
    return true;
  }
}

/** The staff member acting in this request. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = GqlExecutionContext.create(context).getContext<GraphQLContext>().req.actor;
  if (!actor) throw new UnauthenticatedError();
  return actor;
});
