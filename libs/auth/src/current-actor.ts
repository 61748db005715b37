import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '@oneplan/errors';
import type { Actor, GraphQLContext } from '@oneplan/graphql';

/** The staff member acting in this request (set by the access guard before any resolver runs). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = GqlExecutionContext.create(context).getContext<GraphQLContext>().req.actor;
  if (!actor) throw new UnauthenticatedError();
  return actor;
});
