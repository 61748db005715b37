import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A reminder job that used up its retries; it stays in the failed set until someone acts on it.' })
export class FailedReminderJob {
  @Field(() => ID, { description: 'Job id (the outbox event id for reminder events).' })
  jobId!: string;

  @Field({ description: 'Job name.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The outbox event it was to deliver.' })
  eventId!: string | null;

  @Field(() => Int, { description: 'Attempts made.' })
  attemptsMade!: number;

  @Field(() => Date, { nullable: true, description: 'When the last attempt failed.' })
  failedAt!: Date | null;
}
