import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { NodeAccess } from '@oneplan/access';
import { type GraphQLContext, listCost, Node } from '@oneplan/graphql';
import { PlanChange, type PlanChangeEvent } from './models/plan-change.model.js';
import { PlanRevision } from './models/plan-history.model.js';
import { TreatmentPlan } from './models/treatment-plan.model.js';
import { PLAN_LISTS } from './plan-lists.js';
import { PlanRevisionRepository } from './plan-revision.repository.js';
import { PlanLoaders } from './plan.loaders.js';

/** The parts of a pushed plan change: the plan, the revisions the change wrote, the records they name. */
@Resolver(() => PlanChange)
export class PlanChangeResolver {
  constructor(
    private readonly nodes: NodeAccess,
    private readonly plans: PlanLoaders,
    private readonly history: PlanRevisionRepository,
  ) {}

  @ResolveField(() => TreatmentPlan, { description: 'The plan as it is after the change (select what your views show, e.g. version and currentMedications).' })
  plan(change: PlanChangeEvent, _args: unknown, ctx: GraphQLContext) {
    return this.plans.plan(ctx.loaders).load(change.planId);
  }

  @ResolveField(() => [PlanRevision], { complexity: listCost(PLAN_LISTS.revisionsPerChange), description: 'The revisions the change wrote.' })
  revisions(change: PlanChangeEvent) {
    return this.history.revisionsByIds(change.revisionIds);
  }

  @ResolveField(() => [Node], {
    complexity: listCost(PLAN_LISTS.revisionsPerChange),
    description: 'The records the change created or edited, as they are now, through the Node interface (those you may read).',
  })
  async records(@Parent() change: PlanChangeEvent, @Context() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const revisions = await this.history.revisionsByIds(change.revisionIds);
    const ids = [...new Set(revisions.map((revision) => revision.entityId))];
    return (await Promise.all(ids.map((id) => this.nodes.reachable(ctx, info, id)))).filter((record) => record !== null);
  }
}
