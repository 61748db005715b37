import { Args, Context, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { type Actor, type GraphQLContext, listCost, Payload } from '@oneplan/graphql';
import { PLAN_AFTER, PlanLoaders, TreatmentPlan } from '@oneplan/plan';
import type { TreatmentPlanRow } from '@oneplan/prisma';
import { SendSelfReportLinkInput } from './dto/self-report.input.js';
import { SelfReportLink } from './models/self-report-link.model.js';
import { SelfReportRepository } from './self-report.repository.js';
import { SelfReportService } from './self-report.service.js';

/** Links listed per plan (the latest). */
const PLAN_LINKS = 20;

const SendSelfReportLinkPayload = Payload('SendSelfReportLinkPayload', 'The link to be emailed (the worker makes its token and sends it) and the plan after the change.', {
  link: { type: () => SelfReportLink, description: 'The link.' },
  plan: PLAN_AFTER,
});

@Resolver(() => TreatmentPlan)
export class SelfReportResolver {
  constructor(
    private readonly links: SelfReportRepository,
    private readonly plans: PlanLoaders,
    private readonly service: SelfReportService,
  ) {}

  @Mutation(() => SendSelfReportLinkPayload, { description: 'Emails the patient a single-use link, expiring after 72 hours, to fill in measures themselves on a page OnePlan serves.' })
  async sendSelfReportLink(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The plan, the measures and the patient’s email.' }) input: SendSelfReportLinkInput,
    @Context() ctx: GraphQLContext,
  ) {
    const link = await this.service.send(actor, input);
    return { link, plan: () => this.plans.plan(ctx.loaders).load(input.planId) };
  }

  @ResolveField(() => [SelfReportLink], { complexity: listCost(PLAN_LINKS), description: 'Self-report links sent under this plan, newest first (the latest 20).' })
  async selfReportLinks(plan: TreatmentPlanRow, _args: unknown, ctx: GraphQLContext) {
    const rows = await ctx.loaders
      .many(
        'selfReportLink.byPlan',
        (ids) => this.links.linksOfPlans(ids),
        (row) => row.planId,
      )
      .load(plan.id);
    return rows.slice(0, PLAN_LINKS);
  }
}
