import { RuleViolationError } from '@oneplan/errors';
import { OutboxEventKind } from '@oneplan/outbox';
import { useIntegration } from '../../../test/support/integration.js';
import { PlanChangesModule } from './plan-changes.module.js';
import { PlanContentRepository } from './plan-content.repository.js';
import { PlanRevisionRepository } from './plan-revision.repository.js';
import { PlanRepository } from './plan.repository.js';
import { ReminderTaskPurpose, reminderTaskKey, TaskRepository } from './task.repository.js';
import { created, PlanUnitOfWork } from './unit-of-work.js';

describe('The unit of work and the plan repositories (integration)', () => {
  const it_ = useIntegration([PlanChangesModule]);
  const work = () => it_.module.get(PlanUnitOfWork);
  const tasks = () => it_.module.get(TaskRepository);

  it('should commit a change with its revision and outbox event, and leave neither when the rule fails', async () => {
    const { prisma, clinic } = it_;
    const before = await prisma.planRevision.count({ where: { planId: clinic.planId } });
    const task = await work().change(clinic.therapist, clinic.planId, async ({ tx }) => {
      const row = await tasks().create(tx, { planId: clinic.planId, title: 'Call', ownerId: clinic.therapist.staffId, dueDate: new Date('2030-01-01'), createdById: clinic.therapist.staffId });
      return { value: row, revisions: [created('Task', row.id, { title: 'Call' })], events: [{ kind: OutboxEventKind.PhaseChanged, subjectId: row.id }] };
    });
    expect(await prisma.planRevision.findMany({ where: { entityId: task.id } })).toEqual([expect.objectContaining({ authorId: clinic.therapist.staffId, authorRule: null, action: 'CREATED' })]);
    expect(await prisma.outboxEvent.findMany({ where: { subjectId: task.id } })).toEqual([expect.objectContaining({ actorId: clinic.therapist.staffId })]);

    await expect(
      work().change(clinic.therapist, clinic.planId, async ({ tx }) => {
        await tasks().create(tx, { planId: clinic.planId, title: 'Lost', ownerId: clinic.therapist.staffId, dueDate: new Date('2030-01-01'), createdById: clinic.therapist.staffId });
        throw new RuleViolationError('refused by the rule');
      }),
    ).rejects.toThrow('refused by the rule');
    expect(await prisma.task.count({ where: { title: 'Lost' } })).toBe(0);
    expect(await prisma.planRevision.count({ where: { planId: clinic.planId } })).toBe(before + 1);
  });

  it('should run two changes of one plan one after the other (the plan row is locked)', async () => {
    const { clinic } = it_;
    const order: string[] = [];
    const slow = work().change(clinic.therapist, clinic.planId, async () => {
      order.push('first in');
      await new Promise((resolve) => setTimeout(resolve, 300));
      order.push('first out');
      return { value: null };
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = work().change(clinic.therapist, clinic.planId, async () => {
      order.push('second in');
      return { value: null };
    });
    await Promise.all([slow, second]);
    expect(order).toEqual(['first in', 'first out', 'second in']);
  });

  it('should refuse changes to a closed plan unless told the change may be made to one', async () => {
    const { prisma, clinic } = it_;
    const plans = it_.module.get(PlanRepository);
    const closed = await prisma.treatmentPlan.create({
      data: { episodeId: clinic.episodeId, status: 'CLOSED', levelOfCare: 'IOP', reviewCadenceDays: 30, nextReviewDate: new Date('2030-01-01'), createdById: clinic.therapist.staffId },
    });
    await expect(work().change(clinic.therapist, closed.id, async () => ({ value: 1 }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'planId' } });
    expect(await work().change(clinic.therapist, closed.id, async () => ({ value: 1 }), { closedPlans: true })).toBe(1);
    expect(await prisma.$transaction((tx) => plans.lockScopes(tx, [closed.id, clinic.planId]))).toHaveLength(2);
  });

  it("should author a rule's change by the rule, and open a reminder's task once however often it is asked", async () => {
    const { prisma, clinic } = it_;
    const key = reminderTaskKey(ReminderTaskPurpose.PlanReview, clinic.planId, '2030-01-01', clinic.therapist.staffId);
    const open = () =>
      work().changeByRule('sweep:reviews', clinic.planId, async ({ tx }) => {
        const opened = await tasks().openReminderTasks(tx, [
          { planId: clinic.planId, title: 'Review', ownerId: clinic.therapist.staffId, dueDate: new Date('2030-01-01'), createdById: clinic.therapist.staffId, reminderKey: key },
        ]);
        const task = opened.get(key)!;
        return { value: task, revisions: task.created ? [created('Task', task.id, { title: 'Review' })] : [] };
      });
    const [first, second] = [await open(), await open()];
    expect([first.created, second.created, first.id === second.id]).toEqual([true, false, true]);
    expect(await prisma.planRevision.findMany({ where: { entityId: first.id } })).toEqual([expect.objectContaining({ authorId: null, authorRule: 'sweep:reviews' })]);
    expect(await prisma.auditEvent.count({ where: { operation: 'rule:sweep:reviews', patientId: clinic.patientId } })).toBe(1);

    const closed = await prisma.$transaction((tx) => tasks().closeReminderTasks(tx, [clinic.planId], ReminderTaskPurpose.PlanReview));
    expect(closed).toEqual([{ id: first.id, planId: clinic.planId, from: 'OPEN' }]);
    expect(await prisma.$transaction((tx) => tasks().closeReminderTasks(tx, [clinic.planId], ReminderTaskPurpose.PlanReview))).toEqual([]);
  });

  it('should keep the history immutable and page it newest first', async () => {
    const { prisma, clinic } = it_;
    const revisions = it_.module.get(PlanRevisionRepository);
    await expect(prisma.planRevision.updateMany({ where: { planId: clinic.planId }, data: { reason: 'rewritten' } })).rejects.toThrow(/append-only/);
    const page = await revisions.page(clinic.planId, { size: 10, backward: false });
    expect(page.length).toBe(await revisions.count(clinic.planId));
    expect(page.map((row) => row.createdAt.getTime())).toEqual([...page.map((row) => row.createdAt.getTime())].sort((a, b) => b - a));
  });

  it("should label a plan's Part 2 goals and medication changes in one statement", async () => {
    const { prisma, clinic } = it_;
    const by = clinic.therapist.staffId;
    const problem = await prisma.problem.create({ data: { planId: clinic.planId, title: 'Alcohol use', description: 'x', category: 'SUBSTANCE_USE', createdById: by } });
    const goal = await prisma.goal.create({ data: { planId: clinic.planId, statement: 'Sober', ownerId: by, createdById: by, problems: { create: [{ problemId: problem.id }] } } });
    const other = await prisma.goal.create({ data: { planId: clinic.planId, statement: 'Sleep', ownerId: by, createdById: by } });
    const medication = await prisma.medicationChange.create({
      data: {
        planId: clinic.planId,
        medicationName: 'Naltrexone',
        dose: '50 mg',
        route: 'oral',
        frequency: 'daily',
        changeType: 'START',
        reason: 'x',
        effectiveAt: new Date(),
        prescriberId: clinic.prescriber.staffId,
        goals: { create: [{ goalId: goal.id }] },
      },
    });
    const [labels] = await new PlanContentRepository(prisma).part2LabelsByPlanIds([clinic.planId]);
    expect(labels.goalIds).toEqual([goal.id]);
    expect(labels.goalIds).not.toContain(other.id);
    expect(labels.medicationChangeIds).toEqual([medication.id]);
  });
});
