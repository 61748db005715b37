import { Args, Context, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { Patient } from '@oneplan/care-team';
import { type Actor, type GraphQLContext, listCost, Payload } from '@oneplan/graphql';
import { PLAN_AFTER, PlanLoaders } from '@oneplan/plan';
import type { PatientRow, SupportRow } from '@oneplan/prisma';
import { AddSupportInput, SendSupportUpdateInput, UpdateSupportInput } from './dto/support.input.js';
import { Support, SupportUpdate } from './models/support.model.js';
import { SupportLoaders } from './supports.loaders.js';
import { SupportsService } from './supports.service.js';

/** Supports one patient names, realistically. */
const PATIENT_SUPPORTS = 10;
/** Updates listed per support (a short history; the accounting of disclosures has them all). */
const SUPPORT_UPDATES = 50;

const SupportPayload = Payload('SupportPayload', 'The support after the change.', { support: { type: () => Support, description: 'The support.' } });
const SendSupportUpdatePayload = Payload('SendSupportUpdatePayload', 'The update written (the worker emails it) and the plan after the change.', {
  update: { type: () => SupportUpdate, description: 'The update, as it will be emailed.' },
  plan: PLAN_AFTER,
});

@Resolver(() => Support)
export class SupportResolver {
  constructor(
    private readonly loaders: SupportLoaders,
    private readonly plans: PlanLoaders,
    private readonly service: SupportsService,
  ) {}

  @Mutation(() => SupportPayload, { description: 'Records someone the patient names as part of their support.' })
  async addSupport(@CurrentActor() actor: Actor, @Args('input', { description: 'The plan and the person.' }) input: AddSupportInput) {
    return { support: await this.service.addSupport(actor, input) };
  }

  @Mutation(() => SupportPayload, { description: "Changes a support's details, or records that the patient no longer names them." })
  async updateSupport(@CurrentActor() actor: Actor, @Args('input', { description: 'The support and what changes.' }) input: UpdateSupportInput) {
    return { support: await this.service.updateSupport(actor, input) };
  }

  @Mutation(() => SendSupportUpdatePayload, {
    description: 'Emails a support a short update under a consent naming them; it is entered in the accounting of disclosures. Refused, naming what is missing, without such a consent.',
  })
  async sendSupportUpdate(@CurrentActor() actor: Actor, @Args('input', { description: 'The plan, the support and what to send.' }) input: SendSupportUpdateInput, @Context() ctx: GraphQLContext) {
    const update = await this.service.sendUpdate(actor, input);
    return { update, plan: () => this.plans.plan(ctx.loaders).load(input.planId) };
  }

  @ResolveField(() => [SupportUpdate], { complexity: listCost(SUPPORT_UPDATES), description: 'Updates sent to them, newest first.' })
  async updates(support: SupportRow, _args: unknown, ctx: GraphQLContext) {
    return (await this.loaders.updates(ctx.loaders).load(support.id)).slice(0, SUPPORT_UPDATES);
  }
}

@Resolver(() => Patient)
export class PatientSupportsResolver {
  constructor(private readonly loaders: SupportLoaders) {}

  @ResolveField(() => [Support], { complexity: listCost(PATIENT_SUPPORTS), description: 'The people the patient names as their support (ended ones included), first named first.' })
  supports(patient: PatientRow, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.ofPatient(ctx.loaders).load(patient.id);
  }
}
