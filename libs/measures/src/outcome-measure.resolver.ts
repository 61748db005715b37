import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { type Actor, type GraphQLContext, listCost } from '@oneplan/graphql';
import { PART2_FIELD_DESCRIPTION, PART2_MEASURES, PLAN_LISTS, TreatmentPlan } from '@oneplan/plan';
import { RecordOutcomeMeasureInput } from './dto/outcome-measure.input.js';
import { OutcomeMeasure } from './models/outcome-measure.model.js';
import { OutcomeMeasureLoaders } from './outcome-measure.loaders.js';
import { OutcomeMeasureService } from './outcome-measure.service.js';

@Resolver(() => OutcomeMeasure)
export class OutcomeMeasureResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly loaders: OutcomeMeasureLoaders,
    private readonly service: OutcomeMeasureService,
  ) {}

  @Mutation(() => OutcomeMeasure, { description: 'Records an outcome measure score.' })
  async recordOutcomeMeasure(@CurrentActor() actor: Actor, @Args('input', { description: 'The score.' }) input: RecordOutcomeMeasureInput, @Context() ctx: GraphQLContext) {
    const measure = await this.service.record(actor, input);
    return (await this.loaders.byPlan(ctx.loaders).load(measure.planId)).find((row) => row.id === measure.id);
  }

  @ResolveField(() => Boolean, { description: PART2_FIELD_DESCRIPTION })
  part2(@Parent() measure: OutcomeMeasure) {
    return PART2_MEASURES.includes(measure.type);
  }

  @ResolveField(() => StaffMember, { description: 'Who recorded it.' })
  recordedBy(@Parent() measure: OutcomeMeasure, @Context() ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(measure.recordedById);
  }
}

@Resolver(() => TreatmentPlan)
export class PlanMeasuresResolver {
  constructor(private readonly loaders: OutcomeMeasureLoaders) {}

  @ResolveField(() => [OutcomeMeasure], { complexity: listCost(PLAN_LISTS.outcomeMeasures), description: 'Outcome measures over time, oldest first, each with its change from the previous score.' })
  outcomeMeasures(@Parent() plan: TreatmentPlan, @Context() ctx: GraphQLContext) {
    return this.loaders.byPlan(ctx.loaders).load(plan.id);
  }
}
