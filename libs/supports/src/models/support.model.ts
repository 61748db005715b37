import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Node } from '@oneplan/graphql';
import { SupportRole, SupportUpdateContent } from '@oneplan/prisma';

registerEnumType(SupportRole, { name: 'SupportRole', description: "A support's place in the patient's care." });
registerEnumType(SupportUpdateContent, {
  name: 'SupportUpdateContent',
  description: 'What an update to a support may carry.',
  valuesMap: {
    APPOINTMENTS: { description: 'Sessions and groups of the next 14 days (consent category ATTENDANCE; group names only under SUBSTANCE_USE too).' },
    CRISIS_LINES: { description: "988, 911, SAMHSA's helpline and the safety plan's crisis lines (category SAFETY_PLAN)." },
    HOW_TO_HELP: { description: "The safety plan's warning signs and what helps, and how to help without enabling (category SAFETY_PLAN)." },
  },
});

export { SupportRole, SupportUpdateContent };

@ObjectType({ implements: () => [Node], description: 'Someone the patient names as part of their support: family, a partner, a sponsor.' })
export class Support {
  @Field(() => ID, { description: 'Support id.' })
  id!: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field({ description: 'Their name.' })
  name!: string;

  @Field({ description: 'Who they are to the patient, in the patient’s words.' })
  relation!: string;

  @Field(() => SupportRole, { description: 'Their place in care.' })
  role!: SupportRole;

  @Field(() => String, { nullable: true, description: 'Email, where consented updates go.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone.' })
  phone!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the patient stopped naming them.' })
  endedAt!: Date | null;

  @Field(() => Int, { description: 'Version, raised by each change.' })
  version!: number;
}

@ObjectType({ description: 'An update emailed to a support under a consent; each is in the accounting of disclosures.' })
export class SupportUpdate {
  @Field(() => ID, { description: 'Update id.' })
  id!: string;

  @Field(() => ID, { description: 'The support.' })
  supportId!: string;

  @Field(() => ID, { description: 'Its entry in the accounting of disclosures.' })
  disclosureId!: string;

  @Field(() => [SupportUpdateContent], { description: 'What it carried.' })
  contents!: SupportUpdateContent[];

  @Field({ description: 'The email as sent.' })
  body!: string;

  @Field({ description: 'When it was written.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the email went out; empty while it waits for the mail server.' })
  emailedAt!: Date | null;
}
