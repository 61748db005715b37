import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { Goal, GoalLoaders } from '@oneplan/goals';
import { type Actor, Connection, ConnectionArgs, type GraphQLContext, listCost, nestedConnection, Payload, pickByIds } from '@oneplan/graphql';
import { ClinicalNote, ClinicalNoteLoaders } from '@oneplan/notes';
import { PLAN_AFTER, PLAN_LISTS, PlanLoaders, TreatmentPlan } from '@oneplan/plan';
import { RecordSessionOutcomeInput, ScheduleIndividualSessionInput } from './dto/individual-session.input.js';
import { IndividualSessionLoaders } from './individual-session.loaders.js';
import { IndividualSessionService } from './individual-session.service.js';
import { IndividualSession } from './models/individual-session.model.js';
import { IndividualSessionRepository } from './individual-session.repository.js';

// Connection types are created as the module loads, before Nest builds the schema.
export const IndividualSessionConnection = Connection(IndividualSession);

const individualSession = { type: () => IndividualSession, description: 'The session as it is after the change.' };
const ScheduleIndividualSessionPayload = Payload('ScheduleIndividualSessionPayload', 'The session scheduled and its plan.', { individualSession, plan: PLAN_AFTER });
const RecordSessionOutcomePayload = Payload('RecordSessionOutcomePayload', 'The session with its outcome and its plan.', { individualSession, plan: PLAN_AFTER });

@Resolver(() => IndividualSession)
export class IndividualSessionResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly goals: GoalLoaders,
    private readonly loaders: IndividualSessionLoaders,
    private readonly noteLoaders: ClinicalNoteLoaders,
    private readonly plans: PlanLoaders,
    private readonly service: IndividualSessionService,
  ) {}

  @Mutation(() => ScheduleIndividualSessionPayload, { description: 'Schedules an individual session.' })
  async scheduleIndividualSession(@CurrentActor() actor: Actor, @Args('input', { description: 'The session.' }) input: ScheduleIndividualSessionInput, @Context() ctx: GraphQLContext) {
    const individualSession = await this.service.schedule(actor, input);
    return { individualSession, plan: this.plans.after(ctx, individualSession.planId) };
  }

  @Mutation(() => RecordSessionOutcomePayload, { description: 'Records that a session was completed, missed or cancelled; CONFLICT if it changed since the version named.' })
  async recordSessionOutcome(@CurrentActor() actor: Actor, @Args('input', { description: 'The outcome.' }) input: RecordSessionOutcomeInput, @Context() ctx: GraphQLContext) {
    const individualSession = await this.service.recordOutcome(actor, input);
    return { individualSession, plan: this.plans.after(ctx, individualSession.planId) };
  }

  @ResolveField(() => StaffMember, { description: 'The therapist.' })
  therapist(session: IndividualSession, _args: unknown, ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(session.therapistId);
  }

  @ResolveField(() => [Goal], { complexity: listCost(PLAN_LISTS.goalsPerSession), description: 'Goals the session addresses.' })
  async goalsAddressed(session: IndividualSession & { goalIds?: string[] }, _args: unknown, ctx: GraphQLContext) {
    // A plan's page of sessions comes with their goal ids; a session read on its own loads its links.
    const [goalIds, goals] = await Promise.all([
      session.goalIds ??
        this.loaders
          .goalLinks(ctx.loaders)
          .load(session.id)
          .then((links) => links.map((link) => link.goalId)),
      this.goals.byPlan(ctx.loaders).load(session.planId),
    ]);
    return pickByIds(goals, goalIds);
  }

  @ResolveField(() => [ClinicalNote], { complexity: listCost(PLAN_LISTS.notesPerSession), description: 'Session notes, oldest first, each with its amendments.' })
  notes(session: IndividualSession, _args: unknown, ctx: GraphQLContext) {
    return this.noteLoaders.under(ctx, 'individualSessionId', session.id);
  }
}

@Resolver(() => TreatmentPlan)
export class PlanSessionsResolver {
  constructor(private readonly sessions: IndividualSessionRepository) {}

  @ResolveField(() => IndividualSessionConnection, { description: 'Individual sessions, earliest first (last: N for the latest).' })
  individualSessions(@Parent() plan: TreatmentPlan, @Args() args: ConnectionArgs, @Context() ctx: GraphQLContext) {
    return nestedConnection(ctx.loaders, this.sessions.sessionsOfPlans, plan.id, args);
  }
}
