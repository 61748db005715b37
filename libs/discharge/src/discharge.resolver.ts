import { Args, Context, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { type Actor, type GraphQLContext, Payload } from '@oneplan/graphql';
import { PlanLoaders, TreatmentPlan } from '@oneplan/plan';
import { DischargePatientInput } from './dto/discharge.input.js';
import { type DischargeRow, DischargeRepository } from './discharge.repository.js';
import { DischargeService } from './discharge.service.js';
import { Discharge } from './models/discharge.model.js';

const DAY_MS = 86_400_000;

const DischargePatientPayload = Payload('DischargePatientPayload', 'The discharge and the closed plan.', {
  discharge: { type: () => Discharge, description: 'The discharge with its aftercare plan.' },
  plan: { type: () => TreatmentPlan, description: 'The plan, now closed.' },
});

/** A discharge as the API shows it. */
function toDischarge(row: DischargeRow): Discharge {
  const triggerDates = row.triggerDates as Array<{ label: string; date: string }>;
  return {
    ...row,
    goalOutcomes: row.goalOutcomes as unknown as Discharge['goalOutcomes'],
    measureOutcomes: row.measureOutcomes as unknown as Discharge['measureOutcomes'],
    medications: row.medications as unknown as Discharge['medications'],
    safetyPlan: row.safetyPlan as string[],
    triggerDates: triggerDates.map(({ label, date }) => ({ label, date: new Date(`${date}T00:00:00Z`) })),
    daysToFollowUp: Math.round(((row.followUpAt.getTime() - row.dischargeDate.getTime()) / DAY_MS) * 10) / 10,
  };
}

@Resolver(() => TreatmentPlan)
export class DischargeResolver {
  constructor(
    private readonly discharges: DischargeRepository,
    private readonly planLoaders: PlanLoaders,
    private readonly service: DischargeService,
  ) {}

  @ResolveField(() => Discharge, { nullable: true, description: 'The discharge that closed the plan, with its aftercare plan; null while the plan is open.' })
  async discharge(plan: TreatmentPlan, _args: unknown, ctx: GraphQLContext) {
    const row = await ctx.loaders
      .one(
        'discharge.byPlan',
        (ids) => this.discharges.byPlanIds(ids),
        (discharge) => discharge.planId,
      )
      .load(plan.id);
    return row && toDischarge(row);
  }

  @Mutation(() => DischargePatientPayload, {
    description:
      "Discharges the patient: refused while the plan has open tasks (listed in the error's openTasks); otherwise writes the summary and aftercare plan, closes the plan and the episode, and opens the aftercare tasks (the follow-up appointment, check-ins at 7 and 30 days, each trigger date in the next 90 days).",
  })
  async dischargePatient(@CurrentActor() actor: Actor, @Args('input', { description: 'Why, the summary and the aftercare plan.' }) input: DischargePatientInput, @Context() ctx: GraphQLContext) {
    const discharge = await this.service.discharge(actor, input);
    return { discharge: toDischarge(discharge), plan: this.planLoaders.after(ctx, discharge.planId) };
  }
}
