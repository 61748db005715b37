import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { Goal, GoalLoaders } from '@oneplan/goals';
import { type Actor, Connection, ConnectionArgs, type GraphQLContext, listCost, nestedConnection, Payload, pickByIds } from '@oneplan/graphql';
import { ClinicalNote, ClinicalNoteLoaders } from '@oneplan/notes';
import { PART2_FIELD_DESCRIPTION, part2, PLAN_AFTER, PLAN_LISTS, PlanLoaders, TreatmentPlan } from '@oneplan/plan';
import { currentMedications } from './current-medications.js';
import { RecordMedicationChangeInput } from './dto/medication-change.input.js';
import { MedicationChangeLoaders } from './medication-change.loaders.js';
import { MedicationChangeService } from './medication-change.service.js';
import { CurrentMedication, MedicationChange } from './models/medication-change.model.js';
import { MedicationChangeRepository } from './medication-change.repository.js';

// Connection types are created as the module loads, before Nest builds the schema.
export const MedicationChangeConnection = Connection(MedicationChange);

const RecordMedicationChangePayload = Payload('RecordMedicationChangePayload', 'The change recorded and its plan (with its current medication list).', {
  medicationChange: { type: () => MedicationChange, description: 'The change.' },
  plan: PLAN_AFTER,
});

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

  @Mutation(() => RecordMedicationChangePayload, { description: "Records a medication change made by the signed-in prescriber; the payload's plan carries the current medication list after it." })
  async recordMedicationChange(@CurrentActor() actor: Actor, @Args('input', { description: 'The change.' }) input: RecordMedicationChangeInput, @Context() ctx: GraphQLContext) {
    const medicationChange = await this.service.record(actor, input);
    return { medicationChange, plan: this.plans.after(ctx, medicationChange.planId) };
  }

  @ResolveField(() => StaffMember, { description: 'The prescriber.' })
  prescriber(change: MedicationChange, _args: unknown, ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(change.prescriberId);
  }

  @ResolveField(() => Boolean, { description: PART2_FIELD_DESCRIPTION })
  async part2(change: MedicationChange, _args: unknown, ctx: GraphQLContext) {
    return part2.medicationChange(change, await this.plans.part2Labels(ctx.loaders).load(change.planId));
  }

  @ResolveField(() => [Goal], { complexity: listCost(PLAN_LISTS.goalsPerMedicationChange), description: 'Goals the change serves.' })
  async goals(change: MedicationChange & { goalIds?: string[] }, _args: unknown, ctx: GraphQLContext) {
    // A plan's page of changes comes with their goal ids; a change read on its own loads its links.
    const [goalIds, goals] = await Promise.all([
      change.goalIds ??
        this.loaders
          .goalLinks(ctx.loaders)
          .load(change.id)
          .then((links) => links.map((link) => link.goalId)),
      this.goalLoaders.byPlan(ctx.loaders).load(change.planId),
    ]);
    return pickByIds(goals, goalIds);
  }

  @ResolveField(() => [ClinicalNote], { complexity: listCost(PLAN_LISTS.notesPerMedicationChange), description: 'Medication notes, oldest first, each with its amendments.' })
  notes(change: MedicationChange, _args: unknown, ctx: GraphQLContext) {
    return this.noteLoaders.under(ctx, 'medicationChangeId', change.id);
  }
}

@Resolver(() => TreatmentPlan)
export class PlanMedicationsResolver {
  constructor(
    private readonly changes: MedicationChangeRepository,
    private readonly loaders: MedicationChangeLoaders,
  ) {}

  @ResolveField(() => MedicationChangeConnection, { description: 'The medication changes, in the order they take effect (last: N for the latest).' })
  medicationChanges(@Parent() plan: TreatmentPlan, @Args() args: ConnectionArgs, @Context() ctx: GraphQLContext) {
    return nestedConnection(ctx.loaders, this.changes.changesOfPlans, plan.id, args);
  }

  @ResolveField(() => [CurrentMedication], { complexity: listCost(PLAN_LISTS.currentMedications), description: 'The current medication list, derived from the changes.' })
  async currentMedications(plan: TreatmentPlan, _args: unknown, ctx: GraphQLContext) {
    return currentMedications(await this.loaders.latestByPlan(ctx.loaders).load(plan.id));
  }
}
