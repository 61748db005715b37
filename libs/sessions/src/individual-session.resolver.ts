import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { Goal, GoalLoaders } from '@oneplan/goals';
import { type Actor, type GraphQLContext, listCost, pickByIds } from '@oneplan/graphql';
import { ClinicalNote, ClinicalNoteLoaders } from '@oneplan/notes';
import { PLAN_LISTS, TreatmentPlan } from '@oneplan/plan';
import { RecordSessionOutcomeInput, ScheduleIndividualSessionInput } from './dto/individual-session.input.js';
import { IndividualSessionLoaders } from './individual-session.loaders.js';
import { IndividualSessionService } from './individual-session.service.js';
import { IndividualSession } from './models/individual-session.model.js';

@Resolver(() => IndividualSession)
export class IndividualSessionResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly goals: GoalLoaders,
    private readonly loaders: IndividualSessionLoaders,
    private readonly noteLoaders: ClinicalNoteLoaders,
    private readonly service: IndividualSessionService,
  ) {}

  @Mutation(() => IndividualSession, { description: 'Schedules an individual session.' })
  scheduleIndividualSession(@CurrentActor() actor: Actor, @Args('input', { description: 'The session.' }) input: ScheduleIndividualSessionInput) {
    return this.service.schedule(actor, input);
  }

  @Mutation(() => IndividualSession, { description: 'Records that a session was completed, missed or cancelled; CONFLICT if it changed since the version named.' })
  recordSessionOutcome(@CurrentActor() actor: Actor, @Args('input', { description: 'The outcome.' }) input: RecordSessionOutcomeInput) {
    return this.service.recordOutcome(actor, input);
  }

  @ResolveField(() => StaffMember, { description: 'The therapist.' })
  therapist(@Parent() session: IndividualSession, @Context() ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(session.therapistId);
  }

  @ResolveField(() => [Goal], { complexity: listCost(PLAN_LISTS.goalsPerSession), description: 'Goals the session addresses.' })
  async goalsAddressed(@Parent() session: IndividualSession, @Context() ctx: GraphQLContext) {
    const [links, goals] = await Promise.all([this.loaders.goalLinks(ctx.loaders).load(session.id), this.goals.byPlan(ctx.loaders).load(session.planId)]);
    return pickByIds(goals, links.map((link) => link.goalId));
  }

  @ResolveField(() => [ClinicalNote], { complexity: listCost(PLAN_LISTS.notesPerSession), description: 'Session notes, oldest first, each with its amendments.' })
  notes(@Parent() session: IndividualSession, @Context() ctx: GraphQLContext) {
    return this.noteLoaders.about(ctx, { planId: session.planId, individualSessionId: session.id });
  }
}

@Resolver(() => TreatmentPlan)
export class PlanSessionsResolver {
  constructor(private readonly loaders: IndividualSessionLoaders) {}

  @ResolveField(() => [IndividualSession], { complexity: listCost(PLAN_LISTS.individualSessions), description: 'Individual sessions, earliest first.' })
  individualSessions(@Parent() plan: TreatmentPlan, @Context() ctx: GraphQLContext) {
    return this.loaders.byPlan(ctx.loaders).load(plan.id);
  }
}
