import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { Goal, GoalLoaders } from '@oneplan/goals';
import { type Actor, type GraphQLContext, listCost, pickByIds } from '@oneplan/graphql';
import { ClinicalNote, ClinicalNoteLoaders } from '@oneplan/notes';
import { PART2_FIELD_DESCRIPTION, PLAN_LISTS, PlanLoaders, TreatmentPlan } from '@oneplan/plan';
import { currentMedications } from './current-medications.js';
import { RecordMedicationChangeInput } from './dto/medication-change.input.js';
import { MedicationChangeLoaders } from './medication-change.loaders.js';
import { MedicationChangeService } from './medication-change.service.js';
import { CurrentMedication, MedicationChange } from './models/medication-change.model.js';

@Resolver(() => MedicationChange)
export class MedicationChangeResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly goalLoaders: GoalLoaders,
    private readonly loaders: MedicationChangeLoaders,
    private readonly noteLoaders: ClinicalNoteLoaders,
    private readonly plans: PlanLoaders,
    private readonly service: MedicationChangeService,
  ) {}

  @Mutation(() => MedicationChange, { description: 'Records a medication change made by the signed-in prescriber.' })
  recordMedicationChange(@CurrentActor() actor: Actor, @Args('input', { description: 'The change.' }) input: RecordMedicationChangeInput) {
    return this.service.record(actor, input);
  }

  @ResolveField(() => StaffMember, { description: 'The prescriber.' })
  prescriber(@Parent() change: MedicationChange, @Context() ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(change.prescriberId);
  }

  @ResolveField(() => Boolean, { description: PART2_FIELD_DESCRIPTION })
  async part2(@Parent() change: MedicationChange, @Context() ctx: GraphQLContext) {
    return Boolean((await this.plans.part2Labels(ctx.loaders).load(change.planId))?.medicationChangeIds.includes(change.id));
  }

  @ResolveField(() => [Goal], { complexity: listCost(PLAN_LISTS.goalsPerMedicationChange), description: 'Goals the change serves.' })
  async goals(@Parent() change: MedicationChange, @Context() ctx: GraphQLContext) {
    const [links, goals] = await Promise.all([this.loaders.goalLinks(ctx.loaders).load(change.id), this.goalLoaders.byPlan(ctx.loaders).load(change.planId)]);
    return pickByIds(goals, links.map((link) => link.goalId));
  }

  @ResolveField(() => [ClinicalNote], { complexity: listCost(PLAN_LISTS.notesPerMedicationChange), description: 'Medication notes, oldest first, each with its amendments.' })
  notes(@Parent() change: MedicationChange, @Context() ctx: GraphQLContext) {
    return this.noteLoaders.about(ctx, { planId: change.planId, medicationChangeId: change.id });
  }
}

@Resolver(() => TreatmentPlan)
export class PlanMedicationsResolver {
  constructor(private readonly loaders: MedicationChangeLoaders) {}

  @ResolveField(() => [MedicationChange], { complexity: listCost(PLAN_LISTS.medicationChanges), description: 'Every medication change, in effect order.' })
  medicationChanges(@Parent() plan: TreatmentPlan, @Context() ctx: GraphQLContext) {
    return this.loaders.byPlan(ctx.loaders).load(plan.id);
  }

  @ResolveField(() => [CurrentMedication], { complexity: listCost(PLAN_LISTS.currentMedications), description: 'The current medication list, derived from the changes.' })
  async currentMedications(@Parent() plan: TreatmentPlan, @Context() ctx: GraphQLContext) {
    return currentMedications(await this.loaders.byPlan(ctx.loaders).load(plan.id));
  }
}
