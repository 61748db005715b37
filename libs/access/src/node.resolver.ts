import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import type { DomainError } from '@oneplan/errors';
import { type GraphQLContext, Node } from '@oneplan/graphql';
import { NodeAccess, type NodeDecisions } from './node-access.js';

/** Most ids one nodes(ids:) may name. */
export const MAX_NODE_IDS = 100;

/** Any record by id, as Relay refetches it; the access guard has decided (and audited) each id first. */
@Resolver()
export class NodeResolver {
  constructor(private readonly access: NodeAccess) {}

  @Query(() => Node, { nullable: true, description: 'A record by id, whatever its type; null (with NOT_FOUND) for one that does not exist or that you may not see.' })
  async node(@Args('id', { type: () => ID, description: 'The id of any record.' }) id: string, @Context() ctx: GraphQLContext) {
    const [row] = await this.access.load(ctx, [id], ctx.nodeDecisions as NodeDecisions);
    if (row instanceof Error) throw row;
    return row;
  }

  @Query(() => [Node], {
    nullable: 'items',
    // Each id is a lookup of its own (type, access, audit) besides what is selected of it.
    complexity: ({ args, childComplexity }) => 1 + (Array.isArray(args.ids) ? args.ids.length : MAX_NODE_IDS) * (childComplexity + 1),
    description: `Records by id, in the order given (at most ${MAX_NODE_IDS}); null (with NOT_FOUND) in place of any that does not exist or that you may not see.`,
  })
  nodes(@Args('ids', { type: () => [ID], description: `Ids of any records (1-${MAX_NODE_IDS}).` }) ids: string[], @Context() ctx: GraphQLContext): Promise<Array<object | DomainError>> {
    return this.access.load(ctx, ids, ctx.nodeDecisions as NodeDecisions);
  }
}
