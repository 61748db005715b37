import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { type Actor, Connection, pageWindow, Payload, toConnection } from '@oneplan/graphql';
import { CONSENTS_ORDER, ConsentRepository, DISCLOSURES_ORDER } from './consent.repository.js';
import { ConsentService } from './consent.service.js';
import { ExportPlanInput, PatientConsentArgs, RecordConsentInput, RevokeConsentInput } from './dto/consent.input.js';
import { Consent, Disclosure, PlanExport } from './models/consent.model.js';

// Connection types are created as the module loads, before Nest builds the schema.
const ConsentConnection = Connection(Consent);
const DisclosureConnection = Connection(Disclosure);

const RecordConsentPayload = Payload('RecordConsentPayload', 'The consent recorded.', { consent: { type: () => Consent, description: 'The consent.' } });
const RevokeConsentPayload = Payload('RevokeConsentPayload', 'The consent as revoked.', { consent: { type: () => Consent, description: 'The consent.' } });

@Resolver(() => Consent)
export class ConsentResolver {
  constructor(
    private readonly repository: ConsentRepository,
    private readonly service: ConsentService,
  ) {}

  @Query(() => ConsentConnection, { description: "A patient's consents, oldest first, revoked and expired ones included." })
  async consents(@Args() args: PatientConsentArgs) {
    const window = pageWindow(args);
    return toConnection(await this.repository.consentsPage(args.patientId, window), window, CONSENTS_ORDER.valuesOf, () => this.repository.countConsents(args.patientId));
  }

  @Query(() => DisclosureConnection, { description: "The patient's accounting of disclosures, newest first." })
  async disclosures(@Args() args: PatientConsentArgs) {
    const window = pageWindow(args);
    return toConnection(await this.repository.disclosuresPage(args.patientId, window), window, DISCLOSURES_ORDER.valuesOf, () => this.repository.countDisclosures(args.patientId));
  }

  @Mutation(() => RecordConsentPayload, { description: 'Records a consent the patient signed.' })
  async recordConsent(@CurrentActor() actor: Actor, @Args('input', { description: 'The consent.' }) input: RecordConsentInput) {
    return { consent: await this.service.record(actor, input) };
  }

  @Mutation(() => RevokeConsentPayload, { description: 'Records that the patient revoked a consent.' })
  async revokeConsent(@CurrentActor() actor: Actor, @Args('input', { description: 'The consent and why.' }) input: RevokeConsentInput) {
    return { consent: await this.service.revoke(actor, input) };
  }

  @Mutation(() => PlanExport, { description: 'Exports the current plan for a recipient outside the care team; FORBIDDEN, naming what is missing, without a consent that covers it.' })
  exportPlan(@CurrentActor() actor: Actor, @Args('input', { description: 'Recipient and categories.' }) input: ExportPlanInput) {
    return this.service.exportPlan(actor, input);
  }
}
