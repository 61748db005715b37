import type { Type } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '@oneplan/graphql';
import { TreatmentPlan } from './models/treatment-plan.model.js';
import { PlanLoaders } from './plan.loaders.js';

/** The way back from a record of a plan (a medication change, a goal, a note ...) to its plan, for clients' caches. */
export function PlanItemResolver(item: Type<unknown>): Type<unknown> {
  @Resolver(() => item)
  class PlanOfItem {
    constructor(readonly plans: PlanLoaders) {}

    @ResolveField(() => TreatmentPlan, { description: 'The plan this belongs to.' })
    plan(row: { planId: string }, _args: unknown, ctx: GraphQLContext) {
      return this.plans.plan(ctx.loaders).load(row.planId);
    }
  }
  Object.defineProperty(PlanOfItem, 'name', { value: `PlanOf${item.name}Resolver` });
  return PlanOfItem;
}
