import type { Type } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '@oneplan/graphql';
import { TreatmentPlan } from './models/treatment-plan.model.js';
import { PlanLoaders } from './plan.loaders.js';

/**
 * The way back from a record of a plan (a medication change, a goal, a note ...) to its plan, for clients'
 * caches. `nullable`: for records that may not be on a plan yet (a task an intake assessment raised).
 */
export function PlanItemResolver(item: Type<unknown>, nullable = false): Type<unknown> {
  @Resolver(() => item)
  class PlanOfItem {
    constructor(readonly plans: PlanLoaders) {}

    @ResolveField(() => TreatmentPlan, { nullable, description: nullable ? 'The plan this belongs to, once there is one.' : 'The plan this belongs to.' })
    plan(row: { planId: string | null }, _args: unknown, ctx: GraphQLContext) {
      return row.planId === null ? null : this.plans.plan(ctx.loaders).load(row.planId);
    }
  }
  Object.defineProperty(PlanOfItem, 'name', { value: `PlanOf${item.name}Resolver` });
  return PlanOfItem;
}
