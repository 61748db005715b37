import { Args, ArgsType, Query, Resolver } from '@nestjs/graphql';
import { Connection, ConnectionArgs, pageWindow, toConnection } from '@oneplan/graphql';
import { ReminderQueue } from '@oneplan/queue';
import { FailedReminderJob } from './models/failed-job.model.js';

// Connection types are created as the module loads, before Nest builds the schema.
const FailedReminderJobConnection = Connection(FailedReminderJob);

@ArgsType()
export class FailedReminderJobsArgs extends ConnectionArgs {}

/** What operators of the reminder pipeline see (program admins). */
@Resolver(() => FailedReminderJob)
export class ReminderJobsResolver {
  constructor(private readonly queue: ReminderQueue) {}

  /** The failed set is a list kept by BullMQ: its cursors are places in it. */
  @Query(() => FailedReminderJobConnection, { description: 'Reminder jobs that failed every attempt, newest first: nothing is dropped silently.' })
  async failedReminderJobs(@Args() args: FailedReminderJobsArgs) {
    const window = pageWindow(args);
    const place = window.cursor ? Number(window.cursor[0]) : undefined;
    const total = () => this.queue.failedCount();
    const from = window.backward ? (place ?? (await total())) - 1 : (place ?? -1) + 1;
    const rows = Number.isInteger(from) && from >= 0 ? await this.queue.failed(from, window.size + 1, window.backward) : [];
    return toConnection(rows, window, (row) => [String(row.position)], total);
  }
}
