import { Args, Context, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { type Actor, CODE_SYSTEMS, codingOf, type GraphQLContext, listCost, Payload } from '@oneplan/graphql';
import { DismissImportedItemInput } from './dto/imported-item.input.js';
import { type ImportedItemRow, ImportedItemRepository } from './imported-item.repository.js';
import { ImportedItemService } from './imported-item.service.js';
import { ImportedItem } from './models/imported-item.model.js';
import { TreatmentPlan } from './models/treatment-plan.model.js';
import { PLAN_LISTS } from './plan-lists.js';

const DismissImportedItemPayload = Payload('DismissImportedItemPayload', 'The draft as dismissed.', { importedItem: { type: () => ImportedItem, description: 'The draft.' } });

/** A draft as the API shows it: its codes as codings, its source from the import. */
export function toImportedItem(row: ImportedItemRow): ImportedItem {
  return {
    ...row,
    snomed: codingOf(CODE_SYSTEMS.snomed, row.snomedCode, row.snomedDisplay),
    icd10: codingOf(CODE_SYSTEMS.icd10cm, row.icd10Code, row.icd10Display),
    rxNorm: codingOf(CODE_SYSTEMS.rxnorm, row.rxNormCode, row.rxNormCode && row.display),
    source: row.import.source,
    importedAt: row.import.importedAt,
  };
}

@Resolver(() => TreatmentPlan)
export class ImportedItemResolver {
  constructor(
    private readonly items: ImportedItemRepository,
    private readonly service: ImportedItemService,
  ) {}

  @ResolveField(() => [ImportedItem], { complexity: listCost(PLAN_LISTS.pendingImportedItems), description: "Drafts from another system's record awaiting the team's review, oldest first." })
  async pendingImportedItems(plan: TreatmentPlan, _args: unknown, ctx: GraphQLContext) {
    const rows = await ctx.loaders
      .many(
        'importedItem.pendingByPlan',
        (ids) => this.items.pendingByPlanIds(ids),
        (row) => row.planId,
      )
      .load(plan.id);
    return rows.map(toImportedItem);
  }

  @Mutation(() => DismissImportedItemPayload, { description: 'Dismisses an imported draft; the reason goes into the plan history.' })
  async dismissImportedItem(@CurrentActor() actor: Actor, @Args('input', { description: 'The draft and why.' }) input: DismissImportedItemInput, @Context() _ctx: GraphQLContext) {
    return { importedItem: toImportedItem(await this.service.dismiss(actor, input)) };
  }
}
