import { Args, Context, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PatientVisibility } from '@oneplan/access';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, Patient, StaffMember } from '@oneplan/care-team';
import { type Actor, Connection, ConnectionArgs, type GraphQLContext, nestedConnection, pageWindow, Payload, toConnection } from '@oneplan/graphql';
import { PLAN_AFTER, PlanLoaders, TASKS_ORDER, TaskRepository, TreatmentPlan } from '@oneplan/plan';
import { AddTaskInput, UpdateTaskInput } from './dto/task.input.js';
import { Task } from './models/task.model.js';
import { TaskService } from './task.service.js';

// Connection types are created as the module loads, before Nest builds the schema.
export const TaskConnection = Connection(Task);

const task = { type: () => Task, description: 'The task as it is after the change.' };
const AddTaskPayload = Payload('AddTaskPayload', 'The task added and its plan.', { task, plan: PLAN_AFTER });
const UpdateTaskPayload = Payload('UpdateTaskPayload', 'The task as updated and its plan.', { task, plan: PLAN_AFTER });

@Resolver(() => Task)
export class TaskResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly plans: PlanLoaders,
    private readonly service: TaskService,
    private readonly tasks: TaskRepository,
    private readonly visibility: PatientVisibility,
  ) {}

  @Query(() => TaskConnection, {
    description: 'Your open tasks, soonest due first: on the plans of patients whose care team you are on today, and those an intake assessment raised before admission.',
  })
  async myTasks(@CurrentActor() actor: Actor, @Args() args: ConnectionArgs, @Context() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const window = pageWindow(args);
    const rows = await this.tasks.openTasksOfPage(actor.staffId, window);
    const page = toConnection(rows, window, TASKS_ORDER.valuesOf, () => this.tasks.countOpenTasksOf(actor.staffId));
    this.visibility.recordRead(
      ctx,
      info,
      page.nodes.map((task) => task.patientId),
    );
    return page;
  }

  @Mutation(() => AddTaskPayload, { description: 'Adds an owned follow-up task to a plan.' })
  async addTask(@CurrentActor() actor: Actor, @Args('input', { description: 'The task.' }) input: AddTaskInput, @Context() ctx: GraphQLContext) {
    const task = await this.service.addTask(actor, input);
    return { task, plan: this.plans.after(ctx, input.planId) };
  }

  @Mutation(() => UpdateTaskPayload, { description: 'Updates a task; CONFLICT if it changed since the version named.' })
  async updateTask(@CurrentActor() actor: Actor, @Args('input', { description: 'The edit.' }) input: UpdateTaskInput, @Context() ctx: GraphQLContext) {
    const task = await this.service.updateTask(actor, input);
    return { task, plan: this.plans.after(ctx, task.planId!) };
  }

  @ResolveField(() => StaffMember, { description: 'Who owns the task.' })
  owner(task: Task, _args: unknown, ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(task.ownerId);
  }

  @ResolveField(() => Patient, { description: 'The patient the task is about (through its plan, or the intake assessment that raised it).' })
  async patient(task: Task & { patientId?: string }, _args: unknown, ctx: GraphQLContext) {
    if (task.patientId) return this.careTeam.patient(ctx.loaders).load(task.patientId);
    const row = await ctx.loaders
      .one(
        'task.patient',
        (ids) => this.tasks.patientsOfTasks(ids),
        (row) => row.id,
      )
      .load(task.id);
    return row && this.careTeam.patient(ctx.loaders).load(row.patientId);
  }
}

@Resolver(() => TreatmentPlan)
export class PlanTasksResolver {
  constructor(private readonly tasks: TaskRepository) {}

  @ResolveField(() => TaskConnection, { name: 'tasks', description: 'The follow-up tasks of the plan, soonest due first.' })
  tasksOfPlan(@Parent() plan: TreatmentPlan, @Args() args: ConnectionArgs, @Context() ctx: GraphQLContext) {
    return nestedConnection(ctx.loaders, this.tasks.tasksOfPlans, plan.id, args);
  }
}
