import { jest } from '@jest/globals';
import { MetricsModule } from '@oneplan/metrics';
import { OutboxEventKind } from '@oneplan/outbox';
import { SweepKind } from '@oneplan/queue';
import { useIntegration } from '../../../test/support/integration.js';
import { NotificationStore } from './notification-store.js';
import { NotificationsRepository } from './notifications.repository.js';
import { RemindersModule } from './reminders.module.js';
import { ReminderSweeps } from './reminder-sweeps.js';
import { RemindersRepository } from './reminders.repository.js';
import { SweepRunsRepository } from './sweep-runs.repository.js';
import { SweepsRepository } from './sweeps.repository.js';

describe('Reminders: loaders, notification store and sweeps bookkeeping (integration)', () => {
  const it_ = useIntegration([MetricsModule.forProcess('worker'), RemindersModule]);

  it("should load each rule's subject, with the plan and the care team in force", async () => {
    const { prisma, clinic } = it_;
    const reminders = it_.module.get(RemindersRepository);
    const by = clinic.therapist.staffId;
    const earlier = await prisma.outcomeMeasure.create({ data: { planId: clinic.planId, type: 'PCL5', score: 30, administeredAt: new Date(Date.now() - 86_400_000), recordedById: by } });
    const measure = await prisma.outcomeMeasure.create({ data: { planId: clinic.planId, type: 'PCL5', score: 44, administeredAt: new Date(), recordedById: by } });
    const context = await reminders.context({ id: '00000000-0000-4000-8000-000000000001', kind: OutboxEventKind.OutcomeMeasureRecorded, subjectId: measure.id, actorId: by });
    expect(context).toMatchObject({ planId: clinic.planId, patientId: clinic.patientId, actorName: 'therapist', details: { type: 'PCL5', score: 44, previousScore: earlier.score } });
    expect(context!.team.map((member) => member.role).sort()).toEqual(['PRESCRIBER', 'PRIMARY_THERAPIST']);
    expect(await reminders.context({ id: '00000000-0000-4000-8000-000000000002', kind: OutboxEventKind.MedicationChanged, subjectId: measure.id, actorId: null })).toBeNull();
  });

  it('should store a notification once however often it is decided, with its task opened once by the rule', async () => {
    const { prisma, clinic } = it_;
    const store = it_.module.get(NotificationStore);
    const item = {
      dedupeKey: `review:${clinic.planId}`,
      recipientId: clinic.therapist.staffId,
      kind: 'REVIEW_DUE' as const,
      message: 'The plan review is due today.',
      urgent: false,
      patientId: clinic.patientId,
      planId: clinic.planId,
      subjectId: clinic.planId,
      task: { title: 'Review the treatment plan', dueDate: new Date('2030-01-01'), createdById: clinic.therapist.staffId },
    };
    expect(await store.store([item], 'sweep:reviews')).toBe(1);
    expect(await store.store([item], 'sweep:reviews')).toBe(0);
    const [notification] = await prisma.notification.findMany({ where: { dedupeKey: item.dedupeKey } });
    expect(notification.taskId).not.toBeNull();
    expect(await prisma.planRevision.count({ where: { entityId: notification.taskId!, authorRule: 'sweep:reviews' } })).toBe(1);

    const notifications = it_.module.get(NotificationsRepository);
    expect(await notifications.markRead(clinic.prescriber.staffId, [notification.id])).toBe(0);
    expect(await notifications.markRead(clinic.therapist.staffId, [notification.id])).toBe(1);
    expect(await notifications.unreadCount(clinic.therapist.staffId)).toBe(0);
  });

  it('should cut a sweep into batches covering every open plan once, resume an unfinished run and complete it with its last batch', async () => {
    const { prisma, clinic } = it_;
    const runs = it_.module.get(SweepRunsRepository);
    const sweeps = it_.module.get(SweepsRepository);
    const open = await prisma.treatmentPlan.findMany({ where: { status: { not: 'CLOSED' }, episode: { status: 'OPEN' } }, select: { id: true } });
    const ranges = await runs.ranges(prisma, 'plans', 2);
    expect(ranges).toHaveLength(Math.floor(open.length / 2) + 1);
    const covered = (await Promise.all(ranges.map((range) => sweeps.openPlans(range)))).flat().map((plan) => plan.planId);
    expect(covered.sort()).toEqual(open.map((plan) => plan.id).sort());
    expect(covered).toContain(clinic.planId);

    const first = await runs.startOrResume(SweepKind.Reviews, new Date('2030-01-01T10:00:00Z'), async () => ranges, null);
    expect(first).toMatchObject({ started: true, batchIds: expect.any(Array) });
    expect(first.batchIds).toHaveLength(ranges.length);
    const resumed = await runs.startOrResume(SweepKind.Reviews, new Date(), async () => [], new Date(Date.now() - 60_000));
    expect({ ...resumed, batchIds: resumed.batchIds.sort() }).toEqual({ started: false, batchIds: [...first.batchIds].sort() });

    for (const id of first.batchIds.slice(1)) await runs.finishBatch((await runs.batch(id))!, 1);
    const progressOf = async () => (await runs.progress()).find((run) => run.sweep === SweepKind.Reviews)!;
    expect(await progressOf()).toMatchObject({ completedAt: null, running: { batches: ranges.length, done: ranges.length - 1 } });
    const last = (await runs.batch(first.batchIds[0]))!;
    await runs.finishBatch(last, 1);
    await runs.finishBatch(last, 1);
    expect(await progressOf()).toMatchObject({ completedAt: expect.any(Date), lastDurationMs: expect.any(Number), running: null });
    expect((await runs.batch(last.id))!.instant).toEqual(new Date('2030-01-01T10:00:00Z'));

    const stale = await runs.startOrResume(SweepKind.Reviews, new Date(), async () => ranges.slice(0, 1), new Date(Date.now() + 60_000));
    expect(stale.started).toBe(true);
    expect(await runs.batch(first.batchIds[0])).toBeNull();
  });

  it("should sweep a range for every plan sweep's batch of it in one job, reading its open plans once", async () => {
    const { prisma } = it_;
    const runs = it_.module.get(SweepRunsRepository);
    const sweeps = it_.module.get(SweepsRepository);
    const instant = new Date('2030-02-01T10:00:00Z');
    const ranges = await runs.ranges(prisma, 'plans', 2);
    const batchesOf = async (sweep: SweepKind) => Promise.all((await runs.startOrResume(sweep, instant, async () => ranges, null)).batchIds.map(async (id) => (await runs.batch(id))!));
    const [reviews, triggerDates, agendas] = [await batchesOf(SweepKind.Reviews), await batchesOf(SweepKind.TriggerDates), await batchesOf(SweepKind.DailyAgendas)];
    const read = jest.spyOn(sweeps, 'openPlans');

    await it_.module.get(ReminderSweeps).runBatch(reviews[0].id);
    expect(read).toHaveBeenCalledTimes(1);
    const done = async (batches: typeof reviews) => Promise.all(batches.map(async ({ id }) => Boolean((await runs.batch(id))!.doneAt)));
    expect(await done(reviews)).toEqual(reviews.map((_, index) => index === 0));
    expect(await done(triggerDates)).toEqual(triggerDates.map((_, index) => index === 0));
    expect(await done(agendas)).toEqual(agendas.map(() => false));

    // The trigger-date batch's own job finds it done and reads nothing.
    expect(await it_.module.get(ReminderSweeps).runBatch(triggerDates[0].id)).toBe(0);
    expect(read).toHaveBeenCalledTimes(1);
    read.mockRestore();
  });
});
