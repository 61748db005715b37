import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { type Actor, Connection, ConnectionArgs, type GraphQLContext, listCost, Payload } from '@oneplan/graphql';
import type { ClinicalNoteRow } from '@oneplan/prisma';
import type { NoteRow } from './clinical-note.repository.js';
import { PART2_FIELD_DESCRIPTION, part2, PLAN_AFTER, PLAN_LISTS, PlanLoaders, TreatmentPlan } from '@oneplan/plan';
import { ClinicalNoteLoaders } from './clinical-note.loaders.js';
import { ClinicalNoteService } from './clinical-note.service.js';
import { AddClinicalNoteInput, AmendClinicalNoteInput } from './dto/clinical-note.input.js';
import { ClinicalNote } from './models/clinical-note.model.js';

// Connection types are created as the module loads, before Nest builds the schema.
export const ClinicalNoteConnection = Connection(ClinicalNote);

const AddClinicalNotePayload = Payload('AddClinicalNotePayload', 'The note added and its plan.', { note: { type: () => ClinicalNote, description: 'The note.' }, plan: PLAN_AFTER });
const AmendClinicalNotePayload = Payload('AmendClinicalNotePayload', 'The amendment, the original note it corrects (kept as written, with its amendments) and the plan.', {
  amendment: { type: () => ClinicalNote, description: 'The amendment.' },
  note: { type: () => ClinicalNote, description: 'The original note.' },
  plan: PLAN_AFTER,
});

@Resolver(() => ClinicalNote)
export class ClinicalNoteResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly loaders: ClinicalNoteLoaders,
    private readonly plans: PlanLoaders,
    private readonly service: ClinicalNoteService,
  ) {}

  @Mutation(() => AddClinicalNotePayload, { description: 'Adds a progress, readiness, session or medication note.' })
  async addClinicalNote(@CurrentActor() actor: Actor, @Args('input', { description: 'The note.' }) input: AddClinicalNoteInput, @Context() ctx: GraphQLContext) {
    const note = await this.service.addNote(actor, input);
    return { note, plan: this.plans.after(ctx, note.planId) };
  }

  @Mutation(() => AmendClinicalNotePayload, { description: 'Amends a note you wrote; the original is kept, with the amendment under it.' })
  async amendClinicalNote(@CurrentActor() actor: Actor, @Args('input', { description: 'The correction and why.' }) input: AmendClinicalNoteInput, @Context() ctx: GraphQLContext) {
    const { original, amendment } = await this.service.amendNote(actor, input);
    return { amendment, note: original, plan: this.plans.after(ctx, original.planId) };
  }

  @ResolveField(() => StaffMember, { description: 'Who wrote it.' })
  author(note: ClinicalNote, _args: unknown, ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(note.authorId);
  }

  @ResolveField(() => Boolean, { description: PART2_FIELD_DESCRIPTION })
  async part2(note: ClinicalNoteRow, _args: unknown, ctx: GraphQLContext) {
    return part2.note(note, await this.plans.part2Labels(ctx.loaders).load(note.planId));
  }

  @ResolveField(() => [ClinicalNote], { complexity: listCost(PLAN_LISTS.amendmentsPerNote), description: 'Amendments of this note, oldest first.' })
  amendments(note: NoteRow, _args: unknown, ctx: GraphQLContext) {
    return note.amendsId ? [] : this.loaders.amendments(ctx, note);
  }
}

@Resolver(() => TreatmentPlan)
export class PlanNotesResolver {
  constructor(private readonly loaders: ClinicalNoteLoaders) {}

  @ResolveField(() => ClinicalNoteConnection, { description: 'Progress and readiness notes on the plan as a whole, oldest first (last: N for the latest).' })
  notes(@Parent() plan: TreatmentPlan, @Args() args: ConnectionArgs, @Context() ctx: GraphQLContext) {
    return this.loaders.ofPlan(ctx, plan.id, args);
  }
}
