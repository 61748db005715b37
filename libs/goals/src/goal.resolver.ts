import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { type Actor, ConnectionArgs, type GraphQLContext, listCost, Payload, pickByIds } from '@oneplan/graphql';
import { ClinicalNoteConnection, ClinicalNoteLoaders } from '@oneplan/notes';
import { PART2_FIELD_DESCRIPTION, part2, PLAN_AFTER, PLAN_LISTS, PlanLoaders, Problem, TreatmentPlan } from '@oneplan/plan';
import { Task } from '@oneplan/tasks';
import { AddGoalInput, AddInterventionInput, AddObjectiveInput, ReviseGoalInput, UpdateObjectiveInput } from './dto/goal.input.js';
import { GoalLoaders } from './goal.loaders.js';
import { GoalService } from './goal.service.js';
import { Goal, Intervention, Objective } from './models/goal.model.js';

const goal = { type: () => Goal, description: 'The goal as it is after the change.' };
const AddGoalPayload = Payload('AddGoalPayload', 'The goal added and its plan.', { goal, plan: PLAN_AFTER });
const ReviseGoalPayload = Payload('ReviseGoalPayload', "The goal as revised, the plan's open tasks to review against the change, and the plan.", {
  goal,
  openTasksToReview: { type: () => [Task], complexity: listCost(PLAN_LISTS.tasks), description: "The plan's open and in-progress tasks." },
  plan: PLAN_AFTER,
});
const objective = { type: () => Objective, description: 'The objective.' };
const AddObjectivePayload = Payload('AddObjectivePayload', 'The objective added, its goal and plan.', { objective, goal, plan: PLAN_AFTER });
const UpdateObjectivePayload = Payload('UpdateObjectivePayload', 'The objective as edited, its goal and plan.', { objective, goal, plan: PLAN_AFTER });
const AddInterventionPayload = Payload('AddInterventionPayload', 'The intervention added, its goal and plan.', {
  intervention: { type: () => Intervention, description: 'The intervention.' },
  goal,
  plan: PLAN_AFTER,
});

@Resolver(() => Goal)
export class GoalResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly loaders: GoalLoaders,
    private readonly notes: ClinicalNoteLoaders,
    private readonly plans: PlanLoaders,
    private readonly service: GoalService,
  ) {}

  @Mutation(() => AddGoalPayload, { description: 'Adds a goal to a plan.' })
  async addGoal(@CurrentActor() actor: Actor, @Args('input', { description: 'The goal.' }) input: AddGoalInput, @Context() ctx: GraphQLContext) {
    const added = await this.service.addGoal(actor, input);
    return { goal: added, plan: this.plans.after(ctx, added.planId) };
  }

  @Mutation(() => ReviseGoalPayload, { description: "Revises a goal; CONFLICT if it changed since the version named. Returns the plan's open tasks for review." })
  async reviseGoal(@CurrentActor() actor: Actor, @Args('input', { description: 'The revision.' }) input: ReviseGoalInput, @Context() ctx: GraphQLContext) {
    const revision = await this.service.reviseGoal(actor, input);
    return { ...revision, plan: this.plans.after(ctx, revision.goal.planId) };
  }

  @Mutation(() => AddObjectivePayload, { description: 'Adds a measurable objective to a goal.' })
  async addObjective(@CurrentActor() actor: Actor, @Args('input', { description: 'The objective.' }) input: AddObjectiveInput, @Context() ctx: GraphQLContext) {
    return this.withGoal(ctx, { objective: await this.service.addObjective(actor, input) }, input.goalId);
  }

  @Mutation(() => UpdateObjectivePayload, { description: 'Edits an objective; CONFLICT if it changed since the version named.' })
  async updateObjective(@CurrentActor() actor: Actor, @Args('input', { description: 'The edit.' }) input: UpdateObjectiveInput, @Context() ctx: GraphQLContext) {
    const objective = await this.service.updateObjective(actor, input);
    return this.withGoal(ctx, { objective }, objective.goalId);
  }

  @Mutation(() => AddInterventionPayload, { description: 'Adds an intervention to a goal.' })
  async addIntervention(@CurrentActor() actor: Actor, @Args('input', { description: 'The intervention.' }) input: AddInterventionInput, @Context() ctx: GraphQLContext) {
    return this.withGoal(ctx, { intervention: await this.service.addIntervention(actor, input) }, input.goalId);
  }

  /** A payload with the goal a change was made under and its plan, as they are after it. */
  private async withGoal<T extends object>(ctx: GraphQLContext, payload: T, goalId: string) {
    const owner = (await this.loaders.byId(ctx.loaders).load(goalId))!;
    return { ...payload, goal: owner, plan: this.plans.after(ctx, owner.planId) };
  }

  @ResolveField(() => StaffMember, { description: 'Who owns the goal.' })
  owner(goal: Goal, _args: unknown, ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(goal.ownerId);
  }

  @ResolveField(() => [Problem], { complexity: listCost(PLAN_LISTS.problemsPerGoal), description: 'The problems the goal addresses.' })
  async problems(goal: Goal & { problemIds?: string[] }, _args: unknown, ctx: GraphQLContext) {
    // A plan's goals come with their problem ids; a goal read on its own loads its links.
    const [problemIds, problems] = await Promise.all([
      goal.problemIds ??
        this.loaders
          .problemLinks(ctx.loaders)
          .load(goal.id)
          .then((links) => links.map((link) => link.problemId)),
      this.plans.problems(ctx.loaders).load(goal.planId),
    ]);
    return pickByIds(problems, problemIds);
  }

  @ResolveField(() => Boolean, { description: PART2_FIELD_DESCRIPTION })
  async part2(goal: Goal, _args: unknown, ctx: GraphQLContext) {
    return part2.goal(goal, await this.plans.part2Labels(ctx.loaders).load(goal.planId));
  }

  @ResolveField(() => [Objective], { complexity: listCost(PLAN_LISTS.objectivesPerGoal), description: 'Measurable objectives.' })
  objectives(goal: Goal, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.objectives(ctx.loaders).load(goal.id);
  }

  @ResolveField(() => [Intervention], { complexity: listCost(PLAN_LISTS.interventionsPerGoal), description: 'Interventions used toward the goal.' })
  interventions(goal: Goal, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.interventions(ctx.loaders).load(goal.id);
  }

  @ResolveField(() => ClinicalNoteConnection, { description: 'Dated progress notes on the goal, oldest first (last: N for the latest), each with its amendments.' })
  progressNotes(@Parent() goal: Goal, @Args() args: ConnectionArgs, @Context() ctx: GraphQLContext) {
    return this.notes.ofGoal(ctx, goal.id, args);
  }
}

@Resolver(() => TreatmentPlan)
export class PlanGoalsResolver {
  constructor(private readonly loaders: GoalLoaders) {}

  @ResolveField(() => [Goal], { complexity: listCost(PLAN_LISTS.goals), description: 'Goals of the plan, oldest first.' })
  goals(plan: TreatmentPlan, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byPlan(ctx.loaders).load(plan.id);
  }
}
