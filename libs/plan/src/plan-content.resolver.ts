import { Args, Context, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { type Actor, CODE_SYSTEMS, Coding, codingOf, type GraphQLContext, listCost } from '@oneplan/graphql';
import type { ProblemRow, SafetyPlanRow } from '@oneplan/prisma';
import { AddProblemInput, AddTriggerDateInput, UpdateProblemInput, UpdateSafetyPlanInput } from './dto/plan-content.input.js';
import { Problem, SafetyPlan, TriggerDate } from './models/plan-content.model.js';
import { AddProblemPayload, AddTriggerDatePayload, UpdateProblemPayload, UpdateSafetyPlanPayload } from './models/plan-payloads.js';
import { TreatmentPlan } from './models/treatment-plan.model.js';
import { PlanContentService } from './plan-content.service.js';
import { PlanLoaders } from './plan.loaders.js';
import { PART2_FIELD_DESCRIPTION, part2 } from './part2.js';
import { missingSafetyPlanSections } from './safety-plan.rules.js';
import { PLAN_LISTS } from './plan-lists.js';

@Resolver(() => TreatmentPlan)
export class PlanContentResolver {
  constructor(
    private readonly loaders: PlanLoaders,
    private readonly service: PlanContentService,
  ) {}

  @ResolveField(() => [Problem], { complexity: listCost(PLAN_LISTS.problems), description: 'Problems the plan addresses, oldest first.' })
  problems(plan: TreatmentPlan, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.problems(ctx.loaders).load(plan.id);
  }

  @ResolveField(() => [TriggerDate], { complexity: listCost(PLAN_LISTS.triggerDates), description: 'Known trigger dates (anniversaries and other hard dates).' })
  triggerDates(plan: TreatmentPlan, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.triggerDates(ctx.loaders).load(plan.id);
  }

  @ResolveField(() => SafetyPlan, { nullable: true, description: 'The safety plan; null only for a plan brought in without one (every plan made here starts with one).' })
  safetyPlan(plan: TreatmentPlan, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.safetyPlan(ctx.loaders).load(plan.id);
  }

  @Mutation(() => AddProblemPayload, { description: 'Adds a problem to a plan.' })
  async addProblem(@CurrentActor() actor: Actor, @Args('input', { description: 'The problem.' }) input: AddProblemInput, @Context() ctx: GraphQLContext) {
    const problem = await this.service.addProblem(actor, input);
    return { problem, plan: this.loaders.after(ctx, problem.planId) };
  }

  @Mutation(() => UpdateProblemPayload, { description: 'Edits a problem; CONFLICT if it changed since the version named.' })
  async updateProblem(@CurrentActor() actor: Actor, @Args('input', { description: 'The edit.' }) input: UpdateProblemInput, @Context() ctx: GraphQLContext) {
    const problem = await this.service.updateProblem(actor, input);
    return { problem, plan: this.loaders.after(ctx, problem.planId) };
  }

  @Mutation(() => AddTriggerDatePayload, { description: 'Adds a known trigger date to a plan.' })
  async addTriggerDate(@CurrentActor() actor: Actor, @Args('input', { description: 'The date.' }) input: AddTriggerDateInput, @Context() ctx: GraphQLContext) {
    const triggerDate = await this.service.addTriggerDate(actor, input);
    return { triggerDate, plan: this.loaders.after(ctx, triggerDate.planId) };
  }

  @Mutation(() => UpdateSafetyPlanPayload, { description: 'Edits the safety plan; CONFLICT if it changed since the version named.' })
  async updateSafetyPlan(@CurrentActor() actor: Actor, @Args('input', { description: 'The edit.' }) input: UpdateSafetyPlanInput, @Context() ctx: GraphQLContext) {
    const safetyPlan = await this.service.updateSafetyPlan(actor, input);
    return { safetyPlan, plan: this.loaders.after(ctx, safetyPlan.planId) };
  }
}

@Resolver(() => SafetyPlan)
export class SafetyPlanResolver {
  @ResolveField(() => [String], { description: 'Sections still empty; trauma processing waits until there are none.' })
  missingSections(safetyPlan: SafetyPlan) {
    return missingSafetyPlanSections(safetyPlan as unknown as SafetyPlanRow);
  }

  @ResolveField(() => Boolean, { description: 'Whether every section is filled in.' })
  isComplete(safetyPlan: SafetyPlan) {
    return missingSafetyPlanSections(safetyPlan as unknown as SafetyPlanRow).length === 0;
  }
}

@Resolver(() => Problem)
export class ProblemResolver {
  @ResolveField(() => Boolean, { description: PART2_FIELD_DESCRIPTION })
  part2(problem: Problem) {
    return part2.problem(problem);
  }

  @ResolveField(() => Coding, { nullable: true, description: 'The SNOMED CT concept the problem is coded with, if any.' })
  snomed(problem: ProblemRow) {
    return codingOf(CODE_SYSTEMS.snomed, problem.snomedCode, problem.snomedDisplay);
  }

  @ResolveField(() => Coding, { nullable: true, description: 'The ICD-10-CM diagnosis the problem is coded with, if any.' })
  icd10(problem: ProblemRow) {
    return codingOf(CODE_SYSTEMS.icd10cm, problem.icd10Code, problem.icd10Display);
  }
}
