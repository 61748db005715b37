import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsDate, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { LocalDateScalar } from '@oneplan/graphql';
import { ConsentRecipientType, DisclosureCategory, PlanExportFormat } from '../models/consent.model.js';
import { ConnectionArgs } from '@oneplan/graphql';

/** The patient and a recipient named on (or for) a consent. */
@InputType({ isAbstract: true })
class PatientAndRecipientInput {
  @Field(() => ID, { description: 'The patient.' })
  @IsUUID()
  patientId!: string;

  @Field(() => ConsentRecipientType, { description: 'Kind of recipient.' })
  @IsEnum(ConsentRecipientType)
  recipientType!: ConsentRecipientType;

  @Field({ description: 'The recipient, by name as on the consent (1-200 characters).' })
  @Length(1, 200)
  recipientName!: string;
}

@InputType({ description: 'Records a consent the patient signed.' })
export class RecordConsentInput extends PatientAndRecipientInput {
  @Field({ description: 'Purpose of the disclosure (1-500 characters).' })
  @Length(1, 500)
  purpose!: string;

  @Field({ description: 'Every category (SUD counseling notes excepted); otherwise name them in categories.', defaultValue: false })
  @IsBoolean()
  allCategories: boolean = false;

  @Field(() => [DisclosureCategory], { description: 'The categories that may be disclosed.', defaultValue: [] })
  @ArrayMaxSize(8)
  @IsEnum(DisclosureCategory, { each: true })
  categories: DisclosureCategory[] = [];

  @Field(() => LocalDateScalar, { description: 'First day the consent applies.' })
  @IsDate()
  startsOn!: Date;

  @Field(() => LocalDateScalar, { description: 'Last day the consent applies.' })
  @IsDate()
  expiresOn!: Date;

  @Field(() => ID, { nullable: true, description: "One of the patient's supports the consent names (recipientName is then their name, recipientType PERSON or FAMILY_MEMBER)." })
  @IsOptional()
  @IsUUID()
  supportId?: string;
}

@InputType({ description: 'Records that the patient revoked a consent; it permits nothing from now on.' })
export class RevokeConsentInput {
  @Field(() => ID, { description: 'The consent.' })
  @IsUUID()
  consentId!: string;

  @Field({ description: 'Why, as the patient said (1-500 characters).' })
  @Length(1, 500)
  reason!: string;
}

@InputType({ description: "Exports the patient's current plan for a named recipient under a consent in force." })
export class ExportPlanInput extends PatientAndRecipientInput {
  @Field(() => [DisclosureCategory], { description: 'What to disclose.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsEnum(DisclosureCategory, { each: true })
  categories!: DisclosureCategory[];

  @Field(() => PlanExportFormat, { description: "The document's format.", defaultValue: PlanExportFormat.ONEPLAN_JSON })
  @IsEnum(PlanExportFormat)
  format: PlanExportFormat = PlanExportFormat.ONEPLAN_JSON;
}

@ArgsType()
export class PatientConsentArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The patient.' })
  @IsUUID()
  patientId!: string;
}
