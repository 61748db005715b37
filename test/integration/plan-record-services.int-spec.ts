import { FhirExportRepository } from '@oneplan/fhir';
import { AuditTrail } from '@oneplan/audit';
import { Outbox } from '@oneplan/outbox';
import { ImportedDrafts, PlanChangesModule, PlanScopes, PlanUnitOfWork, TaskRepository } from '@oneplan/plan';
import { TransactionRunner } from '@oneplan/prisma';
import { CareTeamRepository } from '../../libs/care-team/src/care-team.repository.js';
import { ConsentRepository } from '../../libs/consent/src/consent.repository.js';
import { ConsentService } from '../../libs/consent/src/consent.service.js';
import { OutcomeMeasureRepository } from '../../libs/measures/src/outcome-measure.repository.js';
import { OutcomeMeasureService } from '../../libs/measures/src/outcome-measure.service.js';
import { PlanContentRepository } from '../../libs/plan/src/plan-content.repository.js';
import { PlanContentService } from '../../libs/plan/src/plan-content.service.js';
import { PlanLoaders } from '../../libs/plan/src/plan.loaders.js';
import { PlanRepository } from '../../libs/plan/src/plan.repository.js';
import { PlanService } from '../../libs/plan/src/plan.service.js';
import { IndividualSessionRepository } from '../../libs/sessions/src/individual-session.repository.js';
import { IndividualSessionService } from '../../libs/sessions/src/individual-session.service.js';
import { TaskService } from '../../libs/tasks/src/task.service.js';
import { useIntegration } from '../support/integration.js';

/** The rest of the services that write a patient's record, with their real repositories, unit of work and database. */
describe('Plan header, safety plan, tasks, sessions, measures and consents on a real database (integration)', () => {
  const it_ = useIntegration([PlanChangesModule]);
  const work = () => it_.module.get(PlanUnitOfWork);
  const plans = () => new PlanRepository(it_.prisma);
  const content = () => new PlanContentRepository(it_.prisma);
  const tasks = () => new TaskRepository(it_.prisma);

  it('should complete the safety plan, note readiness and move the plan to trauma processing with its phase change and event', async () => {
    const { clinic, prisma } = it_;
    const safety = new PlanContentService(content(), tasks(), work(), it_.module.get(ImportedDrafts));
    const plan = new PlanService(new CareTeamRepository(prisma), content(), plans(), tasks(), work());
    const current = await prisma.safetyPlan.findUniqueOrThrow({ where: { planId: clinic.planId } });
    await safety.updateSafetyPlan(clinic.therapist, {
      planId: clinic.planId,
      expectedVersion: current.version,
      warningSigns: ['Not sleeping'],
      copingStrategies: ['Walk'],
      peopleAndPlaces: ['Library'],
      contacts: [{ name: 'Sister', phone: '555-0100' }],
      crisisLines: [{ name: '988', number: '988' }],
    } as never);
    await prisma.clinicalNote.create({ data: { planId: clinic.planId, kind: 'READINESS', text: 'Ready', noteDate: new Date(), authorId: clinic.therapist.staffId } });
    const { version } = await prisma.treatmentPlan.findUniqueOrThrow({ where: { id: clinic.planId } });
    const { plan: after, change } = await plan.changePhase(clinic.therapist, { planId: clinic.planId, expectedVersion: version, phase: 'TRAUMA_PROCESSING', reason: 'Stable' });
    expect(after).toMatchObject({ phase: 'TRAUMA_PROCESSING', version: version + 1 });
    expect(await prisma.outboxEvent.count({ where: { subjectId: change!.id, kind: 'PHASE_CHANGED' } })).toBe(1);
  });

  it('should add and finish a task, schedule and complete a session, and record a measure, each with its revision', async () => {
    const { clinic, prisma } = it_;
    const scopes = new PlanScopes(plans());
    const task = await new TaskService(scopes, tasks(), work()).addTask(clinic.therapist, {
      planId: clinic.planId,
      title: 'Call',
      ownerId: clinic.prescriber.staffId,
      dueDate: new Date('2030-01-01'),
    } as never);
    const done = await new TaskService(scopes, tasks(), work()).updateTask(clinic.therapist, { taskId: task.id, expectedVersion: 1, status: 'DONE' } as never);
    expect(done).toMatchObject({ status: 'DONE', version: 2, completedAt: expect.any(Date) });
    const sessions = new IndividualSessionService(scopes, new IndividualSessionRepository(prisma), work());
    const start = new Date(Date.now() - 7_200_000);
    const session = await sessions.schedule(clinic.therapist, {
      planId: clinic.planId,
      therapistId: clinic.therapist.staffId,
      type: 'THERAPY',
      scheduledStart: start,
      scheduledEnd: new Date(start.getTime() + 3_600_000),
      goalIds: [],
    } as never);
    await sessions.recordOutcome(clinic.therapist, { sessionId: session.id, expectedVersion: 1, status: 'COMPLETED', actualStart: start, actualEnd: new Date(start.getTime() + 3_000_000) } as never);
    const measure = await new OutcomeMeasureService(new OutcomeMeasureRepository(prisma), work()).record(clinic.therapist, {
      planId: clinic.planId,
      type: 'GAD7',
      score: 8,
      administeredAt: new Date(),
    } as never);
    const revised = await prisma.planRevision.groupBy({ by: ['entityId'], where: { entityId: { in: [task.id, session.id, measure.id] } }, _count: true });
    expect(Object.fromEntries(revised.map((row) => [row.entityId, row._count]))).toEqual({ [task.id]: 2, [session.id]: 2, [measure.id]: 1 });
  });

  it('should export only what a consent in force covers, recording the disclosure, and refuse the rest', async () => {
    const { clinic, prisma } = it_;
    const consents = new ConsentRepository(prisma);
    const service = new ConsentService(
      it_.module.get(AuditTrail),
      consents,
      new FhirExportRepository(prisma),
      it_.module.get(Outbox),
      new PlanLoaders(content(), plans()),
      it_.module.get(TransactionRunner),
    );
    const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
    await service.record(clinic.therapist, {
      patientId: clinic.patientId,
      recipientType: 'ORGANIZATION',
      recipientName: 'Lakeside Family Medicine',
      purpose: 'Coordination',
      allCategories: false,
      categories: ['MEDICATIONS'],
      startsOn: new Date(today.getTime() - 2 * 86_400_000),
      expiresOn: new Date(today.getTime() + 90 * 86_400_000),
    } as never);
    const exported = await service.exportPlan(clinic.therapist, {
      patientId: clinic.patientId,
      recipientType: 'ORGANIZATION',
      recipientName: 'Lakeside Family Medicine',
      categories: ['MEDICATIONS'],
    } as never);
    expect(JSON.parse(exported.document)).toMatchObject({ medicationChanges: [] });
    await expect(
      service.exportPlan(clinic.therapist, { patientId: clinic.patientId, recipientType: 'ORGANIZATION', recipientName: 'Lakeside Family Medicine', categories: ['PROGRESS_NOTES'] } as never),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await consents.countDisclosures(clinic.patientId)).toBe(1);
  });
});
