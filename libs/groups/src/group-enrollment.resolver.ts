import { Args, Context, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, Patient } from '@oneplan/care-team';
import { type Actor, type GraphQLContext, listCost, Payload } from '@oneplan/graphql';
import { PLAN_AFTER, PlanLoaders, TreatmentPlan } from '@oneplan/plan';
import type { GroupEnrollmentRow, TreatmentPlanRow } from '@oneplan/prisma';
import { EndGroupEnrollmentInput, EnrollInGroupInput } from './dto/group-schedule.input.js';
import { GroupLoaders } from './groups.loaders.js';
import { GroupScheduleService } from './group-schedule.service.js';
import { GroupEnrollment, GroupSchedule } from './models/group-schedule.model.js';

/** Recurring groups one patient is on at once, realistically. */
const PLAN_GROUPS = 10;

const GroupEnrollmentPayload = Payload('GroupEnrollmentPayload', 'The roster entry and the plan after the change.', {
  enrollment: { type: () => GroupEnrollment, description: 'The roster entry.' },
  plan: PLAN_AFTER,
});

@Resolver(() => GroupEnrollment)
export class GroupEnrollmentResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly loaders: GroupLoaders,
    private readonly plans: PlanLoaders,
    private readonly service: GroupScheduleService,
  ) {}

  @Mutation(() => GroupEnrollmentPayload, { description: "Puts the plan's patient on a recurring group's roster from a date (to a date)." })
  async enrollInGroup(@CurrentActor() actor: Actor, @Args('input', { description: 'The plan, the group and the dates.' }) input: EnrollInGroupInput, @Context() ctx: GraphQLContext) {
    const enrollment = await this.service.enroll(actor, input);
    return { enrollment, plan: () => this.plans.plan(ctx.loaders).load(enrollment.planId) };
  }

  @Mutation(() => GroupEnrollmentPayload, { description: "Takes the patient off a recurring group's roster after a date." })
  async endGroupEnrollment(@CurrentActor() actor: Actor, @Args('input', { description: 'The roster entry and its last date.' }) input: EndGroupEnrollmentInput, @Context() ctx: GraphQLContext) {
    const enrollment = await this.service.endEnrollment(actor, input);
    return { enrollment, plan: () => this.plans.plan(ctx.loaders).load(enrollment.planId) };
  }

  @ResolveField(() => GroupSchedule, { description: 'The recurring group.' })
  schedule(row: GroupEnrollmentRow, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.schedule(ctx.loaders).load(row.scheduleId);
  }

  @ResolveField(() => Patient, { description: 'The patient.' })
  patient(row: GroupEnrollmentRow, _args: unknown, ctx: GraphQLContext) {
    return this.careTeam.patient(ctx.loaders).load(row.patientId);
  }
}

@Resolver(() => TreatmentPlan)
export class PlanGroupsResolver {
  constructor(private readonly loaders: GroupLoaders) {}

  @ResolveField(() => [GroupEnrollment], { complexity: listCost(PLAN_GROUPS), description: 'The recurring groups the patient is enrolled in under this plan, earliest first (ended ones included).' })
  groupEnrollments(plan: TreatmentPlanRow, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.enrollmentsOfPlan(ctx.loaders).load(plan.id);
  }
}
