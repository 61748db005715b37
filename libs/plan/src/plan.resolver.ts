import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PatientVisibility } from '@oneplan/access';
import { type LivePayloads, LiveTopic, LiveUpdates } from '@oneplan/queue';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, Episode, Patient } from '@oneplan/care-team';
import { NotFoundError } from '@oneplan/errors';
import { type Actor, Connection, ConnectionArgs, type GraphQLContext, listCost, nestedConnection, pageWindow, RequestLoaders, toConnection } from '@oneplan/graphql';
import { CaseloadArgs, ChangeLevelOfCareInput, ChangePhaseInput, CreateTreatmentPlanInput, PlanHistoryArgs, UpdateTreatmentPlanInput } from './dto/treatment-plan.input.js';
import { LevelOfCareChange, PhaseChange, PlanRevision } from './models/plan-history.model.js';
import { PlanChange, type PlanChangeEvent } from './models/plan-change.model.js';
import { ChangeLevelOfCarePayload, ChangePhasePayload, CreateTreatmentPlanPayload, UpdateTreatmentPlanPayload } from './models/plan-payloads.js';
import { TreatmentPlan } from './models/treatment-plan.model.js';
import { HISTORY_ORDER, PlanRevisionRepository } from './plan-revision.repository.js';
import { PlanLoaders } from './plan.loaders.js';
import { PlanService } from './plan.service.js';
import { PLAN_LISTS } from './plan-lists.js';

// Connection types are created as the module loads, before Nest builds the schema.
const PlanRevisionConnection = Connection(PlanRevision);
const TreatmentPlanConnection = Connection(TreatmentPlan);

/** Patient operations there are (the length of allowedOperations at most). */
const ALLOWED_OPERATIONS_MAX = 50;

@Resolver(() => TreatmentPlan)
export class PlanResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly live: LiveUpdates,
    private readonly loaders: PlanLoaders,
    private readonly revisions: PlanRevisionRepository,
    private readonly service: PlanService,
    private readonly visibility: PatientVisibility,
  ) {}

  @Query(() => TreatmentPlan, { nullable: true, description: 'A treatment plan by id, with everything in it; null (with NOT_FOUND) for one that does not exist or that you may not see.' })
  async treatmentPlan(@Args('id', { type: () => ID, description: 'Plan id.' }) id: string, @Context() ctx: GraphQLContext) {
    const plan = await this.loaders.plan(ctx.loaders).load(id);
    if (!plan) throw new NotFoundError('TreatmentPlan', 'id');
    return plan;
  }

  @Query(() => TreatmentPlan, { nullable: true, description: "A patient's current (not closed) shared treatment plan, with everything in it; null (with NOT_FOUND) when there is none you may see." })
  async patientPlan(@Args('patientId', { type: () => ID, description: 'Patient id.' }) patientId: string, @Context() ctx: GraphQLContext) {
    const plan = await this.loaders.openPlanOfPatient(ctx.loaders).load(patientId);
    if (!plan) throw new NotFoundError('TreatmentPlan', 'patientId');
    return plan;
  }

  @Query(() => TreatmentPlanConnection, { description: "The open plans of a staff member's caseload (care teams they are on today), soonest review first or by patient name." })
  async caseload(@CurrentActor() actor: Actor, @Args() args: CaseloadArgs, @Context() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const page = await this.service.caseload(actor, args);
    this.visibility.recordRead(
      ctx,
      info,
      page.nodes.map((plan) => plan.patientId),
    );
    return page;
  }

  @Query(() => PlanRevisionConnection, { description: "A plan's full history of changes, newest first." })
  async planHistory(@Args() args: PlanHistoryArgs) {
    const window = pageWindow(args);
    const rows = await this.revisions.page(args.planId, window);
    return toConnection(rows, window, HISTORY_ORDER.valuesOf, () => this.revisions.count(args.planId));
  }

  @Mutation(() => CreateTreatmentPlanPayload, { description: 'Starts the treatment plan of an episode of care.' })
  async createTreatmentPlan(@CurrentActor() actor: Actor, @Args('input', { description: 'Episode and level of care.' }) input: CreateTreatmentPlanInput) {
    return { plan: await this.service.createPlan(actor, input) };
  }

  @Mutation(() => UpdateTreatmentPlanPayload, { description: "Edits the plan's status and review dates; CONFLICT if the plan changed since the version named." })
  async updateTreatmentPlan(@CurrentActor() actor: Actor, @Args('input', { description: 'The edit.' }) input: UpdateTreatmentPlanInput) {
    return { plan: await this.service.updatePlan(actor, input) };
  }

  @Mutation(() => ChangePhasePayload, { description: 'Changes the phase of care; trauma processing requires a complete safety plan and a readiness note.' })
  async changePhase(@CurrentActor() actor: Actor, @Args('input', { description: 'The new phase and why.' }) input: ChangePhaseInput) {
    const { plan, change } = await this.service.changePhase(actor, input);
    return { plan, phaseChange: change };
  }

  @Mutation(() => ChangeLevelOfCarePayload, { description: 'Changes the level of care or refers the patient out.' })
  async changeLevelOfCare(@CurrentActor() actor: Actor, @Args('input', { description: 'The new level or referral, and why.' }) input: ChangeLevelOfCareInput) {
    const { plan, change } = await this.service.changeLevelOfCare(actor, input);
    return { plan, levelOfCareChange: change };
  }

  @Subscription(() => PlanChange, {
    description: 'Each change of a plan as it commits, with the records it changed as they are now, for those who may read the plan (checked when subscribing and for every change).',
    filter(this: PlanResolver, payload: LivePayloads[LiveTopic.PlanChanged], variables: { planId: string }, ctx: GraphQLContext) {
      return payload.planId === variables.planId && this.visibility.stillSeesPlan(ctx, payload.planId);
    },
    resolve(payload: LivePayloads[LiveTopic.PlanChanged], _args: unknown, ctx: GraphQLContext): PlanChangeEvent {
      // Each change is read afresh: a subscription's loaders would otherwise keep what the first change read.
      ctx.loaders = new RequestLoaders();
      return payload;
    },
  })
  planChanged(@Args('planId', { type: () => ID, description: 'The plan to watch.' }) _planId: string) {
    return this.live.iterator(LiveTopic.PlanChanged);
  }

  @ResolveField(() => Episode, { description: 'The episode of care, with its care team.' })
  episode(plan: TreatmentPlan, _args: unknown, ctx: GraphQLContext) {
    return this.careTeam.episode(ctx.loaders).load(plan.episodeId);
  }

  @ResolveField(() => Patient, { description: 'The patient.' })
  async patient(plan: TreatmentPlan, _args: unknown, ctx: GraphQLContext) {
    const episode = await this.careTeam.episode(ctx.loaders).load(plan.episodeId);
    return this.careTeam.patient(ctx.loaders).load(episode!.patientId);
  }

  @ResolveField(() => [String], {
    complexity: listCost(ALLOWED_OPERATIONS_MAX),
    description:
      "The operations on this plan's patient your standing allows today (e.g. changePhase, recordMedicationChange), by the API's access rules: what a client should offer you. amendClinicalNote is further limited to one's own notes.",
  })
  allowedOperations(plan: TreatmentPlan, _args: unknown, ctx: GraphQLContext) {
    return this.visibility.permittedOnPlan(ctx, plan.id);
  }

  @ResolveField(() => [PhaseChange], { complexity: listCost(PLAN_LISTS.phaseChanges), description: 'Every change of phase, oldest first.' })
  phaseChanges(plan: TreatmentPlan, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.phaseChanges(ctx.loaders).load(plan.id);
  }

  @ResolveField(() => [LevelOfCareChange], { complexity: listCost(PLAN_LISTS.levelOfCareChanges), description: 'Every change of level of care and referral out, oldest first.' })
  levelOfCareChanges(plan: TreatmentPlan, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.levelOfCareChanges(ctx.loaders).load(plan.id);
  }

  @ResolveField(() => PlanRevisionConnection, { description: 'Every change to the plan, newest first.' })
  history(@Parent() plan: TreatmentPlan, @Args() args: ConnectionArgs, @Context() ctx: GraphQLContext) {
    return nestedConnection(ctx.loaders, this.revisions.historyOfPlans, plan.id, args);
  }
}

@Resolver(() => Patient)
export class PatientPlanResolver {
  constructor(private readonly loaders: PlanLoaders) {}

  @ResolveField(() => TreatmentPlan, { nullable: true, description: "The patient's current (not closed) treatment plan." })
  currentPlan(patient: Patient, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.openPlanOfPatient(ctx.loaders).load(patient.id);
  }
}
