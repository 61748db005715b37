import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { NodeAccess } from '@oneplan/access';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { type GraphQLContext, listCost, Node } from '@oneplan/graphql';
import type { PlanRevisionRow } from '@oneplan/prisma';
import { FieldChange, PlanRevision } from './models/plan-history.model.js';
import { TreatmentPlan } from './models/treatment-plan.model.js';
import { PLAN_LISTS } from './plan-lists.js';
import { PlanLoaders } from './plan.loaders.js';

/** A stored value (JSON text, or null), as the value itself. */
function parsed(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

@Resolver(() => PlanRevision)
export class PlanRevisionResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly nodes: NodeAccess,
    private readonly plans: PlanLoaders,
  ) {}

  @ResolveField(() => [FieldChange], { complexity: listCost(PLAN_LISTS.fieldsPerChange), description: 'The fields that changed, with their values before and after.' })
  changes(revision: PlanRevisionRow): FieldChange[] {
    const changes = Array.isArray(revision.changes) ? (revision.changes as Array<{ field: string; from: unknown; to: unknown }>) : [];
    return changes.map((change) => ({ field: change.field, from: parsed(change.from), to: parsed(change.to) }));
  }

  @ResolveField(() => Node, { nullable: true, description: "The record that changed, as it is now (null if you may not read it, e.g. another clinician's SUD counseling note)." })
  entity(revision: PlanRevisionRow, _args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo) {
    return this.nodes.reachable(ctx, info, revision.entityId);
  }

  @ResolveField(() => StaffMember, { nullable: true, description: 'Who made the change; null when a reminder rule did (see authorRule).' })
  author(revision: PlanRevisionRow, _args: unknown, ctx: GraphQLContext) {
    return revision.authorId ? this.careTeam.staff(ctx.loaders).load(revision.authorId) : null;
  }

  @ResolveField(() => TreatmentPlan, { description: 'The plan.' })
  plan(revision: PlanRevisionRow, _args: unknown, ctx: GraphQLContext) {
    return this.plans.plan(ctx.loaders).load(revision.planId);
  }
}
