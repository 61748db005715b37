import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import { keyPrefix, loadConfig } from '@oneplan/config';
import { bullConnection } from './bull-connection.js';
import { JobName, QueueName } from './jobs.js';
import { ReminderQueue } from './reminder-queue.js';

describe('Reminder queue (integration, Redis)', () => {
  const config = loadConfig({ ...process.env, QUEUE_PREFIX: `oneplan-queue-spec-${randomUUID()}` });
  const queue = new ReminderQueue(config);

  afterAll(async () => {
    await queue.queue.obliterate({ force: true });
    await queue.onApplicationShutdown();
  });

  it("should run an event's job queued during a sweep before the sweep's batches, and count the batches as waiting", async () => {
    const batches = [randomUUID(), randomUUID(), randomUUID()];
    await queue.addSweepBatches(batches);
    const eventId = randomUUID();
    await queue.addEvents([{ id: eventId, kind: 'MEDICATION_CHANGED' }]);
    expect(await queue.stats()).toMatchObject({ waiting: 4, active: 0 });

    const taken: string[] = [];
    const connection = bullConnection(config, { maxRetriesPerRequest: null });
    const worker = new Worker(
      QueueName.Reminders,
      async (job) => {
        taken.push(job.name === JobName.ReminderSweepBatch ? job.data.batchId : job.name);
      },
      { connection: connection.options, prefix: keyPrefix(config), concurrency: 1 },
    );
    try {
      for (const deadline = Date.now() + 10_000; taken.length < 4 && Date.now() < deadline;) await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await worker.close();
      await connection.close();
    }
    expect(taken).toEqual([JobName.ReminderEvent, ...batches]);
  });
});
