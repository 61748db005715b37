import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { type Actor, listCost } from '@oneplan/graphql';
import { ConsentRepository } from './consent.repository.js';
import { ConsentService } from './consent.service.js';
import { ExportPlanInput, PatientConsentArgs, RecordConsentInput, RevokeConsentInput } from './dto/consent.input.js';
import { Consent, Disclosure, PlanExport } from './models/consent.model.js';

/** Consents and disclosures one patient's record realistically holds (the lists are costed as this many). */
const CONSENTS_PER_PATIENT = 20;
const DISCLOSURES_PER_PATIENT = 50;

@Resolver(() => Consent)
export class ConsentResolver {
  constructor(
    private readonly repository: ConsentRepository,
    private readonly service: ConsentService,
  ) {}

  @Query(() => [Consent], { complexity: listCost(CONSENTS_PER_PATIENT), description: "A patient's consents, oldest first, revoked and expired ones included." })
  consents(@Args() args: PatientConsentArgs) {
    return this.repository.ofPatient(args.patientId);
  }

  @Query(() => [Disclosure], { complexity: listCost(DISCLOSURES_PER_PATIENT), description: "The patient's accounting of disclosures, newest first." })
  disclosures(@Args() args: PatientConsentArgs) {
    return this.repository.disclosuresOf(args.patientId);
  }

  @Mutation(() => Consent, { description: 'Records a consent the patient signed.' })
  recordConsent(@CurrentActor() actor: Actor, @Args('input', { description: 'The consent.' }) input: RecordConsentInput) {
    return this.service.record(actor, input);
  }

  @Mutation(() => Consent, { description: 'Records that the patient revoked a consent.' })
  revokeConsent(@CurrentActor() actor: Actor, @Args('input', { description: 'The consent and why.' }) input: RevokeConsentInput) {
    return this.service.revoke(actor, input);
  }

  @Mutation(() => PlanExport, { description: 'Exports the current plan for a recipient outside the care team; FORBIDDEN, naming what is missing, without a consent that covers it.' })
  exportPlan(@CurrentActor() actor: Actor, @Args('input', { description: 'Recipient and categories.' }) input: ExportPlanInput) {
    return this.service.exportPlan(actor, input);
  }
}
