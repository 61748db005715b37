import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OutcomeMeasureType } from '@oneplan/goals';

@ObjectType({ description: 'A self-report link sent to the patient (its token is never shown: only the patient’s email holds it).' })
export class SelfReportLink {
  @Field(() => ID, { description: 'Link id.' })
  id!: string;

  @Field(() => [OutcomeMeasureType], { description: 'The measures it asks for.' })
  measureTypes!: OutcomeMeasureType[];

  @Field({ description: 'When it was asked for.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was emailed; empty while it waits for the mail server.' })
  sentAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it stops working.' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the patient filled it in.' })
  usedAt!: Date | null;

  @Field(() => ID, { description: 'Who sent it (for one a due measure sent: the primary therapist).' })
  requestedById!: string;
}
