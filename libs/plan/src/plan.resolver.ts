import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PatientVisibility } from '@oneplan/access';
import { type LivePayloads, LiveTopic, LiveUpdates } from '@oneplan/queue';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, Episode, Patient } from '@oneplan/care-team';
import { NotFoundError } from '@oneplan/errors';
import { type Actor, decodeCursor, type GraphQLContext, listCost, Paginated, toPage } from '@oneplan/graphql';
import {
  CaseloadArgs,
  ChangeLevelOfCareInput,
  ChangePhaseInput,
  CreateTreatmentPlanInput,
  PlanHistoryArgs,
  UpdateTreatmentPlanInput,
} from './dto/treatment-plan.input.js';
import { LevelOfCareChange, PhaseChange, PlanRevision } from './models/plan-history.model.js';
import { TreatmentPlan } from './models/treatment-plan.model.js';
import { PlanRevisionRepository } from './plan-revision.repository.js';
import { PlanScopes } from './plan-scopes.js';
import { PlanLoaders, RECENT_REVISIONS } from './plan.loaders.js';
import { PlanService } from './plan.service.js';
import { PLAN_LISTS } from './plan-lists.js';

export const TreatmentPlanPage = Paginated(TreatmentPlan, 'A page of treatment plans.');
export const PlanRevisionPage = Paginated(PlanRevision, 'A page of plan history, newest first.');

@Resolver(() => TreatmentPlan)
export class PlanResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly live: LiveUpdates,
    private readonly loaders: PlanLoaders,
    private readonly revisions: PlanRevisionRepository,
    private readonly scopes: PlanScopes,
    private readonly service: PlanService,
    private readonly visibility: PatientVisibility,
  ) {}

  @Query(() => TreatmentPlan, { description: 'A treatment plan by id, with everything in it.' })
  async treatmentPlan(@Args('id', { type: () => ID, description: 'Plan id.' }) id: string, @Context() ctx: GraphQLContext) {
    const plan = await this.loaders.plan(ctx.loaders).load(id);
    if (!plan) throw new NotFoundError('TreatmentPlan', 'id');
    return plan;
  }

  @Query(() => TreatmentPlan, { description: "A patient's current (not closed) shared treatment plan, with everything in it." })
  async patientPlan(@Args('patientId', { type: () => ID, description: 'Patient id.' }) patientId: string, @Context() ctx: GraphQLContext) {
    const plan = await this.loaders.openPlanOfPatient(ctx.loaders).load(patientId);
    if (!plan) throw new NotFoundError('TreatmentPlan', 'patientId');
    return plan;
  }

  @Query(() => TreatmentPlanPage, { description: "The open plans of a staff member's caseload (care teams they are on today)." })
  async caseload(@CurrentActor() actor: Actor, @Args() args: CaseloadArgs, @Context() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const page = await this.service.caseload(actor, args);
    this.visibility.recordRead(ctx, info, page.nodes.map((plan) => plan.patientId));
    return page;
  }

  @Query(() => PlanRevisionPage, { description: "A plan's full history of changes, newest first." })
  async planHistory(@Args() args: PlanHistoryArgs) {
    await this.scopes.require(args.planId);
    const rows = await this.revisions.page(args.planId, args.first + 1, decodeCursor(args.after));
    return toPage(rows, args.first, (row) => row.createdAt.toISOString());
  }

  @Mutation(() => TreatmentPlan, { description: 'Starts the treatment plan of an episode of care.' })
  createTreatmentPlan(@CurrentActor() actor: Actor, @Args('input', { description: 'Episode and level of care.' }) input: CreateTreatmentPlanInput) {
    return this.service.createPlan(actor, input);
  }

  @Mutation(() => TreatmentPlan, { description: "Edits the plan's status and review dates; CONFLICT if the plan changed since the version named." })
  updateTreatmentPlan(@CurrentActor() actor: Actor, @Args('input', { description: 'The edit.' }) input: UpdateTreatmentPlanInput) {
    return this.service.updatePlan(actor, input);
  }

  @Mutation(() => TreatmentPlan, { description: 'Changes the phase of care; trauma processing requires a complete safety plan and a readiness note.' })
  changePhase(@CurrentActor() actor: Actor, @Args('input', { description: 'The new phase and why.' }) input: ChangePhaseInput) {
    return this.service.changePhase(actor, input);
  }

  @Mutation(() => TreatmentPlan, { description: 'Changes the level of care or refers the patient out.' })
  changeLevelOfCare(@CurrentActor() actor: Actor, @Args('input', { description: 'The new level or referral, and why.' }) input: ChangeLevelOfCareInput) {
    return this.service.changeLevelOfCare(actor, input);
  }

  @Subscription(() => [PlanRevision], {
    description: "A plan's new revisions as each change commits, for those who may read the plan (checked when subscribing and for every change).",
    filter(this: PlanResolver, payload: LivePayloads[LiveTopic.PlanChanged], variables: { planId: string }, ctx: GraphQLContext) {
      return payload.planId === variables.planId && this.visibility.stillSeesPlan(ctx, payload.planId);
    },
    resolve(this: PlanResolver, payload: LivePayloads[LiveTopic.PlanChanged]) {
      return this.revisions.revisionsByIds(payload.revisionIds);
    },
  })
  planChanged(@Args('planId', { type: () => ID, description: 'The plan to watch.' }) _planId: string) {
    return this.live.iterator(LiveTopic.PlanChanged);
  }

  @ResolveField(() => Episode, { description: 'The episode of care, with its care team.' })
  episode(@Parent() plan: TreatmentPlan, @Context() ctx: GraphQLContext) {
    return this.careTeam.episode(ctx.loaders).load(plan.episodeId);
  }

  @ResolveField(() => Patient, { description: 'The patient.' })
  async patient(@Parent() plan: TreatmentPlan, @Context() ctx: GraphQLContext) {
    const episode = await this.careTeam.episode(ctx.loaders).load(plan.episodeId);
    return this.careTeam.patient(ctx.loaders).load(episode!.patientId);
  }

  @ResolveField(() => [PhaseChange], { complexity: listCost(PLAN_LISTS.phaseChanges), description: 'Every change of phase, oldest first.' })
  phaseChanges(@Parent() plan: TreatmentPlan, @Context() ctx: GraphQLContext) {
    return this.loaders.phaseChanges(ctx.loaders).load(plan.id);
  }

  @ResolveField(() => [LevelOfCareChange], { complexity: listCost(PLAN_LISTS.levelOfCareChanges), description: 'Every change of level of care and referral out, oldest first.' })
  levelOfCareChanges(@Parent() plan: TreatmentPlan, @Context() ctx: GraphQLContext) {
    return this.loaders.levelOfCareChanges(ctx.loaders).load(plan.id);
  }

  @ResolveField(() => [PlanRevision], { complexity: listCost(RECENT_REVISIONS), description: `The ${RECENT_REVISIONS} most recent changes, newest first (planHistory pages through all).` })
  recentRevisions(@Parent() plan: TreatmentPlan, @Context() ctx: GraphQLContext) {
    return this.loaders.recentRevisions(ctx.loaders).load(plan.id);
  }
}

@Resolver(() => Patient)
export class PatientPlanResolver {
  constructor(private readonly loaders: PlanLoaders) {}

  @ResolveField(() => TreatmentPlan, { nullable: true, description: "The patient's current (not closed) treatment plan." })
  currentPlan(@Parent() patient: Patient, @Context() ctx: GraphQLContext) {
    return this.loaders.openPlanOfPatient(ctx.loaders).load(patient.id);
  }
}
