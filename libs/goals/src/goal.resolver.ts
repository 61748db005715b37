import { Args, Context, Field, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { type Actor, type GraphQLContext, listCost, pickByIds } from '@oneplan/graphql';
import { ClinicalNote, ClinicalNoteLoaders } from '@oneplan/notes';
import { PART2_FIELD_DESCRIPTION, PLAN_LISTS, PlanLoaders, Problem, TreatmentPlan } from '@oneplan/plan';
import { Task } from '@oneplan/tasks';
import { AddGoalInput, AddInterventionInput, AddObjectiveInput, ReviseGoalInput, UpdateObjectiveInput } from './dto/goal.input.js';
import { GoalLoaders } from './goal.loaders.js';
import { GoalService } from './goal.service.js';
import { Goal, Intervention, Objective } from './models/goal.model.js';

@ObjectType({ description: 'A revised goal, with the open tasks of its plan to review against the change.' })
export class GoalRevisionResult {
  @Field(() => Goal, { description: 'The goal as revised.' })
  goal!: Goal;

  @Field(() => [Task], { complexity: listCost(PLAN_LISTS.tasks), description: "The plan's open and in-progress tasks." })
  openTasksToReview!: Task[];
}

@Resolver(() => Goal)
export class GoalResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly loaders: GoalLoaders,
    private readonly notes: ClinicalNoteLoaders,
    private readonly plans: PlanLoaders,
    private readonly service: GoalService,
  ) {}

  @Mutation(() => Goal, { description: 'Adds a goal to a plan.' })
  addGoal(@CurrentActor() actor: Actor, @Args('input', { description: 'The goal.' }) input: AddGoalInput) {
    return this.service.addGoal(actor, input);
  }

  @Mutation(() => GoalRevisionResult, { description: "Revises a goal; CONFLICT if it changed since the version named. Returns the plan's open tasks for review." })
  reviseGoal(@CurrentActor() actor: Actor, @Args('input', { description: 'The revision.' }) input: ReviseGoalInput) {
    return this.service.reviseGoal(actor, input);
  }

  @Mutation(() => Objective, { description: 'Adds a measurable objective to a goal.' })
  addObjective(@CurrentActor() actor: Actor, @Args('input', { description: 'The objective.' }) input: AddObjectiveInput) {
    return this.service.addObjective(actor, input);
  }

  @Mutation(() => Objective, { description: 'Edits an objective; CONFLICT if it changed since the version named.' })
  updateObjective(@CurrentActor() actor: Actor, @Args('input', { description: 'The edit.' }) input: UpdateObjectiveInput) {
    return this.service.updateObjective(actor, input);
  }

  @Mutation(() => Intervention, { description: 'Adds an intervention to a goal.' })
  addIntervention(@CurrentActor() actor: Actor, @Args('input', { description: 'The intervention.' }) input: AddInterventionInput) {
    return this.service.addIntervention(actor, input);
  }

  @ResolveField(() => StaffMember, { description: 'Who owns the goal.' })
  owner(@Parent() goal: Goal, @Context() ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(goal.ownerId);
  }

  @ResolveField(() => [Problem], { complexity: listCost(PLAN_LISTS.problemsPerGoal), description: 'The problems the goal addresses.' })
  async problems(@Parent() goal: Goal, @Context() ctx: GraphQLContext) {
    const [links, problems] = await Promise.all([this.loaders.problemLinks(ctx.loaders).load(goal.id), this.plans.problems(ctx.loaders).load(goal.planId)]);
    return pickByIds(problems, links.map((link) => link.problemId));
  }

  @ResolveField(() => Boolean, { description: PART2_FIELD_DESCRIPTION })
  async part2(@Parent() goal: Goal, @Context() ctx: GraphQLContext) {
    return Boolean((await this.plans.part2Labels(ctx.loaders).load(goal.planId))?.goalIds.includes(goal.id));
  }

  @ResolveField(() => [Objective], { complexity: listCost(PLAN_LISTS.objectivesPerGoal), description: 'Measurable objectives.' })
  objectives(@Parent() goal: Goal, @Context() ctx: GraphQLContext) {
    return this.loaders.objectives(ctx.loaders).load(goal.id);
  }

  @ResolveField(() => [Intervention], { complexity: listCost(PLAN_LISTS.interventionsPerGoal), description: 'Interventions used toward the goal.' })
  interventions(@Parent() goal: Goal, @Context() ctx: GraphQLContext) {
    return this.loaders.interventions(ctx.loaders).load(goal.id);
  }

  @ResolveField(() => [ClinicalNote], { complexity: listCost(PLAN_LISTS.progressNotesPerGoal), description: 'Dated progress notes on the goal, oldest first, each with its amendments.' })
  progressNotes(@Parent() goal: Goal, @Context() ctx: GraphQLContext) {
    return this.notes.about(ctx, { planId: goal.planId, goalId: goal.id });
  }
}

@Resolver(() => TreatmentPlan)
export class PlanGoalsResolver {
  constructor(private readonly loaders: GoalLoaders) {}

  @ResolveField(() => [Goal], { complexity: listCost(PLAN_LISTS.goals), description: 'Goals of the plan, oldest first.' })
  goals(@Parent() plan: TreatmentPlan, @Context() ctx: GraphQLContext) {
    return this.loaders.byPlan(ctx.loaders).load(plan.id);
  }
}
