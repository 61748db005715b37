import { Args, ID, Mutation, Query, Resolver, Context } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { type Actor, type GraphQLContext, listCost, Payload } from '@oneplan/graphql';
import { PlanLoaders, TreatmentPlan } from '@oneplan/plan';
import { ApplyPlanTemplateInput, CreatePlanTemplateInput, PreviewPlanTemplateArgs, UpdatePlanTemplateInput } from './dto/plan-template.input.js';
import { PlanTemplate, TemplatePreview } from './models/plan-template.model.js';
import { MAX_TEMPLATES, type PlanTemplateRow, PlanTemplateRepository } from './plan-template.repository.js';
import { PlanTemplateService } from './plan-template.service.js';
import type { TemplateContent } from './template-content.js';

const templateField = { template: { type: () => PlanTemplate, description: 'The template.' } };
const CreatePlanTemplatePayload = Payload('CreatePlanTemplatePayload', 'The template created.', templateField);
const UpdatePlanTemplatePayload = Payload('UpdatePlanTemplatePayload', 'The template as edited.', templateField);
const ApplyPlanTemplatePayload = Payload('ApplyPlanTemplatePayload', 'The plan with what the template added.', { plan: { type: () => TreatmentPlan, description: 'The plan.' } });

function toTemplate(row: PlanTemplateRow): PlanTemplate {
  const content = row.content as unknown as TemplateContent;
  return { ...row, ...content, measureSchedule: content.measureSchedule ?? [] };
}

@Resolver(() => PlanTemplate)
export class PlanTemplateResolver {
  constructor(
    private readonly planLoaders: PlanLoaders,
    private readonly service: PlanTemplateService,
    private readonly templates: PlanTemplateRepository,
  ) {}

  @Query(() => [PlanTemplate], { complexity: listCost(MAX_TEMPLATES), description: `A program's plan templates by name (at most ${MAX_TEMPLATES}).` })
  async planTemplates(@Args('programId', { type: () => ID, description: 'The program.' }) programId: string) {
    return (await this.templates.ofProgram(programId)).map(toTemplate);
  }

  @Query(() => TemplatePreview, { description: 'What applying a template to a plan would add (problems, goals, tasks with owners and due dates), before it does.' })
  previewPlanTemplate(@CurrentActor() actor: Actor, @Args() args: PreviewPlanTemplateArgs) {
    return this.service.preview(actor, args);
  }

  @Mutation(() => CreatePlanTemplatePayload, { description: 'Creates a plan template of a program.' })
  async createPlanTemplate(@CurrentActor() actor: Actor, @Args('input', { description: 'The template.' }) input: CreatePlanTemplateInput) {
    return { template: toTemplate(await this.service.create(actor, input)) };
  }

  @Mutation(() => UpdatePlanTemplatePayload, { description: "Replaces a template's content, or stops offering it (plans it started keep what it added)." })
  async updatePlanTemplate(@Args('input', { description: 'The template and its new content.' }) input: UpdatePlanTemplateInput) {
    return { template: toTemplate(await this.service.update(input)) };
  }

  @Mutation(() => ApplyPlanTemplatePayload, { description: 'Adds a template to a plan: its problems, goals with objectives and interventions, and tasks, each marked with the template.' })
  async applyPlanTemplate(@CurrentActor() actor: Actor, @Args('input', { description: 'The plan and template.' }) input: ApplyPlanTemplateInput, @Context() ctx: GraphQLContext) {
    return { plan: this.planLoaders.after(ctx, await this.service.apply(actor, input)) };
  }
}
