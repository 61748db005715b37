import { Args, ArgsType, Field, Int, Query, Resolver } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';
import { ReminderQueue } from '@oneplan/queue';
import { FailedReminderJob } from './models/failed-job.model.js';

@ArgsType()
export class FailedReminderJobsArgs {
  @Field(() => Int, { description: 'How many to return (1-100).', defaultValue: 20 })
  @Min(1)
  @Max(100)
  first: number = 20;
}

/** What operators of the reminder pipeline see (program admins). */
@Resolver(() => FailedReminderJob)
export class ReminderJobsResolver {
  constructor(private readonly queue: ReminderQueue) {}

  @Query(() => [FailedReminderJob], { description: 'Reminder jobs that failed every attempt, newest first: nothing is dropped silently.' })
  failedReminderJobs(@Args() args: FailedReminderJobsArgs) {
    return this.queue.failed(args.first);
  }
}
