import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { type Actor, type GraphQLContext, listCost } from '@oneplan/graphql';
import { PLAN_LISTS, TreatmentPlan } from '@oneplan/plan';
import { AddTaskInput, UpdateTaskInput } from './dto/task.input.js';
import { Task } from './models/task.model.js';
import { TaskLoaders } from './task.loaders.js';
import { TaskService } from './task.service.js';

@Resolver(() => Task)
export class TaskResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly service: TaskService,
  ) {}

  @Mutation(() => Task, { description: 'Adds an owned follow-up task to a plan.' })
  addTask(@CurrentActor() actor: Actor, @Args('input', { description: 'The task.' }) input: AddTaskInput) {
    return this.service.addTask(actor, input);
  }

  @Mutation(() => Task, { description: 'Updates a task; CONFLICT if it changed since the version named.' })
  updateTask(@CurrentActor() actor: Actor, @Args('input', { description: 'The edit.' }) input: UpdateTaskInput) {
    return this.service.updateTask(actor, input);
  }

  @ResolveField(() => StaffMember, { description: 'Who owns the task.' })
  owner(@Parent() task: Task, @Context() ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(task.ownerId);
  }
}

@Resolver(() => TreatmentPlan)
export class PlanTasksResolver {
  constructor(private readonly loaders: TaskLoaders) {}

  @ResolveField(() => [Task], { complexity: listCost(PLAN_LISTS.tasks), description: 'All follow-up tasks of the plan, soonest due first.' })
  tasks(@Parent() plan: TreatmentPlan, @Context() ctx: GraphQLContext) {
    return this.loaders.byPlan(ctx.loaders).load(plan.id);
  }
}
