import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { type Actor, Coding, Connection, ConnectionArgs, type GraphQLContext, nestedConnection, Payload } from '@oneplan/graphql';
import { PART2_FIELD_DESCRIPTION, part2, PLAN_AFTER, PlanLoaders, TreatmentPlan } from '@oneplan/plan';
import { RecordOutcomeMeasureInput } from './dto/outcome-measure.input.js';
import { MEASURE_CODES, PHQ9_ITEM_9_CODE } from './measure-codes.js';
import { OutcomeMeasure } from './models/outcome-measure.model.js';
import { OutcomeMeasureRepository } from './outcome-measure.repository.js';
import { OutcomeMeasureService } from './outcome-measure.service.js';

// Connection types are created as the module loads, before Nest builds the schema.
const OutcomeMeasureConnection = Connection(OutcomeMeasure);

const RecordOutcomeMeasurePayload = Payload('RecordOutcomeMeasurePayload', 'The score recorded (with its change from the previous one) and its plan.', {
  outcomeMeasure: { type: () => OutcomeMeasure, description: 'The score.' },
  plan: PLAN_AFTER,
});

@Resolver(() => OutcomeMeasure)
export class OutcomeMeasureResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly measures: OutcomeMeasureRepository,
    private readonly plans: PlanLoaders,
    private readonly service: OutcomeMeasureService,
  ) {}

  @Mutation(() => RecordOutcomeMeasurePayload, { description: 'Records an outcome measure score.' })
  async recordOutcomeMeasure(@CurrentActor() actor: Actor, @Args('input', { description: 'The score.' }) input: RecordOutcomeMeasureInput, @Context() ctx: GraphQLContext) {
    const outcomeMeasure = await this.service.record(actor, input);
    return { outcomeMeasure, plan: this.plans.after(ctx, outcomeMeasure.planId) };
  }

  @ResolveField(() => Int, { nullable: true, description: 'Change from the previous score of the same instrument (empty for the first).' })
  changeFromPrevious(measure: OutcomeMeasure, _args: unknown, ctx: GraphQLContext) {
    if (measure.changeFromPrevious !== undefined) return measure.changeFromPrevious;
    // A measure just recorded: worked out only when asked for (it reads the plan's measures of that instrument).
    return ctx.loaders
      .one(
        'outcomeMeasure.withChange',
        (ids) => this.measures.byIds(ids),
        (row) => row.id,
      )
      .load(measure.id)
      .then((row) => row?.changeFromPrevious ?? null);
  }

  @ResolveField(() => Boolean, { description: PART2_FIELD_DESCRIPTION })
  part2(measure: OutcomeMeasure) {
    return part2.measure(measure);
  }

  @ResolveField(() => Coding, { description: 'The standard code of the instrument (LOINC; a OnePlan code for the craving rating).' })
  code(measure: OutcomeMeasure) {
    return MEASURE_CODES[measure.type];
  }

  @ResolveField(() => Coding, { nullable: true, description: "PHQ-9 item 9's LOINC code when the item was scored; null otherwise." })
  selfHarmItemCode(measure: OutcomeMeasure) {
    return measure.selfHarmItem === null || measure.selfHarmItem === undefined ? null : PHQ9_ITEM_9_CODE;
  }

  @ResolveField(() => StaffMember, { description: 'Who recorded it.' })
  recordedBy(measure: OutcomeMeasure, _args: unknown, ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(measure.recordedById);
  }
}

@Resolver(() => TreatmentPlan)
export class PlanMeasuresResolver {
  constructor(private readonly measures: OutcomeMeasureRepository) {}

  @ResolveField(() => OutcomeMeasureConnection, { description: 'Outcome measures over time, oldest first (last: N for the latest), each with its change from the previous score.' })
  outcomeMeasures(@Parent() plan: TreatmentPlan, @Args() args: ConnectionArgs, @Context() ctx: GraphQLContext) {
    return nestedConnection(ctx.loaders, this.measures.measuresOfPlans, plan.id, args);
  }
}
