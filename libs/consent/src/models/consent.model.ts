import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, Node } from '@oneplan/graphql';
import { ConsentRecipientType, DisclosureCategory } from '@oneplan/prisma';

registerEnumType(ConsentRecipientType, { name: 'ConsentRecipientType', description: 'A named person, an organization, or a family member.' });
registerEnumType(DisclosureCategory, {
  name: 'DisclosureCategory',
  description:
    'What may be disclosed. SUBSTANCE_USE lets Part 2 items appear in the other categories; SUD_COUNSELING_NOTES must be named explicitly (an all-categories consent does not include them).',
});
export enum ConsentState {
  ACTIVE = 'ACTIVE',
  NOT_YET_ACTIVE = 'NOT_YET_ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ConsentState, { name: 'ConsentState', description: 'Whether the consent permits disclosures today.' });
export enum PlanExportFormat {
  ONEPLAN_JSON = 'ONEPLAN_JSON',
  FHIR_R4 = 'FHIR_R4',
}
registerEnumType(PlanExportFormat, {
  name: 'PlanExportFormat',
  description: "The shape of an exported record: OnePlan's own JSON, or a FHIR R4 Bundle (US Core profiles where one exists, Part 2 security labels).",
});

export { ConsentRecipientType, DisclosureCategory };

@ObjectType({ implements: () => [Node], description: "A patient's written consent to disclose their record to a named recipient (42 CFR Part 2)." })
export class Consent {
  @Field(() => ID, { description: 'Consent id.' })
  id!: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ConsentRecipientType, { description: 'Kind of recipient.' })
  recipientType!: ConsentRecipientType;

  @Field({ description: 'The recipient, by name.' })
  recipientName!: string;

  @Field(() => ID, { nullable: true, description: "The patient's support it names, when it names one." })
  supportId!: string | null;

  @Field({ description: 'Purpose of the disclosure.' })
  purpose!: string;

  @Field({ description: 'Whether every category may be disclosed (SUD counseling notes excepted).' })
  allCategories!: boolean;

  @Field(() => [DisclosureCategory], { description: 'The categories that may be disclosed, when not all.' })
  categories!: DisclosureCategory[];

  @Field(() => LocalDateScalar, { description: 'First day the consent applies.' })
  startsOn!: Date;

  @Field(() => LocalDateScalar, { description: 'Last day the consent applies.' })
  expiresOn!: Date;

  @Field(() => Date, { nullable: true, description: 'When the patient revoked it, if they did.' })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked.' })
  revocationReason!: string | null;

  @Field(() => ID, { description: 'Who recorded it.' })
  recordedById!: string;

  @Field({ description: 'When it was recorded.' })
  recordedAt!: Date;
}

@ObjectType({ implements: () => [Node], description: 'An entry in the accounting of disclosures: who disclosed what, to whom, when, under which consent.' })
export class Disclosure {
  @Field(() => ID, { description: 'Disclosure id.' })
  id!: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { description: 'The consent that permitted it.' })
  consentId!: string;

  @Field(() => ID, { description: 'The plan disclosed.' })
  planId!: string;

  @Field(() => ConsentRecipientType, { description: 'Kind of recipient.' })
  recipientType!: ConsentRecipientType;

  @Field({ description: 'The recipient.' })
  recipientName!: string;

  @Field(() => [DisclosureCategory], { description: 'What was disclosed.' })
  categories!: DisclosureCategory[];

  @Field(() => ID, { description: 'Who disclosed it.' })
  disclosedById!: string;

  @Field({ description: 'When.' })
  disclosedAt!: Date;
}

@ObjectType('ExportPlanPayload', { description: 'An export of the plan for a named recipient, with the notice prohibiting redisclosure.' })
export class PlanExport {
  @Field(() => Disclosure, { description: 'The entry this export made in the accounting of disclosures.' })
  disclosure!: Disclosure;

  @Field({ description: 'The 42 CFR 2.32 notice prohibiting redisclosure; it must travel with the record.' })
  notice!: string;

  @Field({ description: 'The exported record as a JSON document in the format asked for (it also carries the notice: a FHIR Bundle in its Provenance).' })
  document!: string;
}
