import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { type Actor, type GraphQLContext, listCost } from '@oneplan/graphql';
import type { ClinicalNoteRow } from '@oneplan/prisma';
import { isPart2Note, PART2_FIELD_DESCRIPTION, PLAN_LISTS, PlanLoaders, TreatmentPlan } from '@oneplan/plan';
import { ClinicalNoteLoaders } from './clinical-note.loaders.js';
import { ClinicalNoteService } from './clinical-note.service.js';
import { AddClinicalNoteInput, AmendClinicalNoteInput } from './dto/clinical-note.input.js';
import { ClinicalNote } from './models/clinical-note.model.js';

@Resolver(() => ClinicalNote)
export class ClinicalNoteResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly loaders: ClinicalNoteLoaders,
    private readonly plans: PlanLoaders,
    private readonly service: ClinicalNoteService,
  ) {}

  @Mutation(() => ClinicalNote, { description: 'Adds a progress, readiness, session or medication note.' })
  addClinicalNote(@CurrentActor() actor: Actor, @Args('input', { description: 'The note.' }) input: AddClinicalNoteInput) {
    return this.service.addNote(actor, input);
  }

  @Mutation(() => ClinicalNote, { description: 'Amends a note you wrote; returns the amendment. The original is kept.' })
  amendClinicalNote(@CurrentActor() actor: Actor, @Args('input', { description: 'The correction and why.' }) input: AmendClinicalNoteInput) {
    return this.service.amendNote(actor, input);
  }

  @ResolveField(() => StaffMember, { description: 'Who wrote it.' })
  author(@Parent() note: ClinicalNote, @Context() ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(note.authorId);
  }

  @ResolveField(() => Boolean, { description: PART2_FIELD_DESCRIPTION })
  async part2(@Parent() note: ClinicalNoteRow, @Context() ctx: GraphQLContext) {
    return isPart2Note(note, await this.plans.part2Labels(ctx.loaders).load(note.planId));
  }

  @ResolveField(() => [ClinicalNote], { complexity: listCost(PLAN_LISTS.amendmentsPerNote), description: 'Amendments of this note, oldest first.' })
  amendments(@Parent() note: ClinicalNoteRow, @Context() ctx: GraphQLContext) {
    return note.amendsId ? [] : this.loaders.amendmentsOf(ctx, note);
  }
}

@Resolver(() => TreatmentPlan)
export class PlanNotesResolver {
  constructor(private readonly loaders: ClinicalNoteLoaders) {}

  @ResolveField(() => [ClinicalNote], { complexity: listCost(PLAN_LISTS.planNotes), description: 'Progress and readiness notes on the plan as a whole, oldest first.' })
  notes(@Parent() plan: TreatmentPlan, @Context() ctx: GraphQLContext) {
    return this.loaders.about(ctx, { planId: plan.id });
  }
}
