import { Args, Context, Info, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PatientVisibility } from '@oneplan/access';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, Patient } from '@oneplan/care-team';
import { type Actor, type GraphQLContext, listCost, Payload } from '@oneplan/graphql';
import { ImportedItem, MAX_PENDING_IMPORTED_ITEMS, PlanLoaders, toImportedItem, TreatmentPlan } from '@oneplan/plan';
import { PatientMatch } from '@oneplan/prisma';
import { registerEnumType } from '@nestjs/graphql';
import { MAX_BUNDLE_ENTRIES } from './patient-bundle.js';
import { ImportPatientBundleInput } from '../dto/patient-import.input.js';
import { PatientImportService } from './patient-import.service.js';

registerEnumType(PatientMatch, {
  name: 'PatientMatch',
  description: "How an imported Bundle's patient was found: by an identifier (the record number given or the Bundle's), by name and date of birth, or registered as new.",
});

const ImportPatientBundlePayload = Payload('ImportPatientBundlePayload', 'The patient the Bundle was taken in for, and the drafts it brought.', {
  patient: { type: () => Patient, description: 'The patient, matched or registered.' },
  matchedBy: { type: () => PatientMatch, description: 'How the patient was found.' },
  plan: { type: () => TreatmentPlan, description: "The patient's current plan (opened with an episode if they had none)." },
  importedItems: { type: () => [ImportedItem], description: "The drafts, pending the team's review.", complexity: listCost(MAX_PENDING_IMPORTED_ITEMS) },
  skippedResources: {
    type: () => [String],
    description: 'Resources of the Bundle of other types (observations, encounters, care plans), left out, e.g. "Observation/123".',
    complexity: listCost(MAX_BUNDLE_ENTRIES),
  },
});

@Resolver()
export class PatientImportResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly planLoaders: PlanLoaders,
    private readonly service: PatientImportService,
    private readonly visibility: PatientVisibility,
  ) {}

  @Mutation(() => ImportPatientBundlePayload, {
    description:
      "Takes a patient's record from an EHR (a FHIR R4 Bundle) into your program: matches the patient (by identifier, then by name and date of birth; an ambiguous match is refused with the candidates) or registers them, and stores each condition, medication and allergy as a draft for the team to confirm. An invalid or unsupported resource is refused naming the entry and element, and nothing is written.",
  })
  async importPatientBundle(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The Bundle and where it is from.' }) input: ImportPatientBundleInput,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const imported = await this.service.importBundle(actor, input);
    this.visibility.recordWrite(ctx, info, [imported.patientId]);
    return {
      matchedBy: imported.matchedBy,
      importedItems: imported.items.map(toImportedItem),
      skippedResources: imported.skipped,
      patient: () => this.careTeam.patient(ctx.loaders).load(imported.patientId),
      plan: this.planLoaders.after(ctx, imported.planId),
    };
  }
}
