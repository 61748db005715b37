import { ImportedDrafts, PlanChangesModule, PlanScopes, PlanUnitOfWork, TaskRepository } from '@oneplan/plan';
import { PlanRepository } from '../../libs/plan/src/plan.repository.js';
import { AttendanceRepository } from '../../libs/attendance/src/attendance.repository.js';
import { useIntegration } from '../support/integration.js';
import { ClinicalNoteRepository } from '../../libs/notes/src/clinical-note.repository.js';
import { ClinicalNoteService } from '../../libs/notes/src/clinical-note.service.js';
import { GoalRepository } from '../../libs/goals/src/goal.repository.js';
import { GoalService } from '../../libs/goals/src/goal.service.js';
import { latestOfMedication, MedicationChangeRepository } from '../../libs/medications/src/medication-change.repository.js';
import { MedicationChangeService } from '../../libs/medications/src/medication-change.service.js';
import { AttendanceService } from '../../libs/attendance/src/attendance.service.js';
import { currentMedications } from '../../libs/medications/src/current-medications.js';

/** The services that change a plan, each with its real repositories and the real unit of work, on a database of their own. */
describe('Plan services on a real database (integration)', () => {
  const it_ = useIntegration([PlanChangesModule]);
  const work = () => it_.module.get(PlanUnitOfWork);
  const scopes = () => new PlanScopes(new PlanRepository(it_.prisma));

  it('should keep the current medication list right through START, ADJUST and STOP, and let one of ten concurrent STARTs through', async () => {
    const { clinic } = it_;
    const changes = new MedicationChangeRepository(it_.prisma);
    const service = new MedicationChangeService(changes, scopes(), work(), it_.module.get(ImportedDrafts));
    const record = (changeType: string, dose: string, at: number) =>
      service.record(clinic.prescriber, {
        planId: clinic.planId,
        medicationName: 'Prazosin',
        dose,
        route: 'oral',
        frequency: 'nightly',
        changeType,
        reason: 'x',
        effectiveAt: new Date(Date.now() - at),
        goalIds: [],
      } as never);
    const starts = await Promise.allSettled(Array.from({ length: 10 }, () => record('START', '1 mg', 3000)));
    expect(starts.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    await record('ADJUST', '2 mg', 2000);
    expect(currentMedications(await changes.latestByPlanIds([clinic.planId])).map((entry) => entry.dose)).toEqual(['2 mg']);
    await record('STOP', '2 mg', 1000);
    expect(currentMedications(await changes.latestByPlanIds([clinic.planId]))).toEqual([]);
    expect(await it_.prisma.planRevision.count({ where: { planId: clinic.planId, entityType: 'MedicationChange' } })).toBe(3);
  });

  it('should check a change against the same medication only: by RxNorm code when known, by name otherwise, however many others the list holds', async () => {
    const { clinic } = it_;
    const changes = new MedicationChangeRepository(it_.prisma);
    const service = new MedicationChangeService(changes, scopes(), work(), it_.module.get(ImportedDrafts));
    const record = (changeType: string, medicationName: string, rxNormCode?: string) =>
      service.record(clinic.prescriber, {
        planId: clinic.planId,
        medicationName,
        rxNormCode,
        dose: '1 mg',
        route: 'oral',
        frequency: 'daily',
        changeType,
        reason: 'x',
        effectiveAt: new Date(),
        goalIds: [],
      } as never);
    const refusal = (change: Promise<unknown>) =>
      change.then(
        () => 'recorded',
        (error: { details?: { field?: string } }) => error.details?.field ?? 'failed',
      );
    for (const name of ['Alpha', 'Beta', 'Gamma']) await record('START', name);
    await record('START', 'Sertraline', '36437');
    expect(await refusal(record('START', ' sertraline '))).toBe('changeType');
    expect(await refusal(record('START', 'Zoloft', '36437'))).toBe('changeType');
    expect(await refusal(record('ADJUST', 'Zoloft', '36437'))).toBe('recorded');
    expect(await refusal(record('STOP', 'Delta'))).toBe('medicationName');
    expect(await refusal(record('STOP', 'beta'))).toBe('recorded');
    expect(await refusal(record('START', 'Beta'))).toBe('recorded');
    expect(currentMedications(await changes.latestByPlanIds([clinic.planId])).map((entry) => entry.medicationName)).toEqual(['Alpha', 'Beta', 'Gamma', 'Zoloft']);
  });

  it("should find what a medication change is checked against through the plan's medication indexes, not by reading its whole history", async () => {
    const { clinic, prisma } = it_;
    const change = (i: number) => ({
      planId: clinic.planId,
      prescriberId: clinic.prescriber.staffId,
      medicationName: `Other ${i}`,
      // Every second change has a code: its medication is the code's, whatever its name.
      rxNormCode: i % 2 ? String(1000 + i) : null,
      dose: '1 mg',
      route: 'oral',
      frequency: 'daily',
      changeType: 'START' as const,
      reason: 'x',
      targetSymptoms: [],
      effectiveAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
    });
    await prisma.medicationChange.createMany({ data: Array.from({ length: 2000 }, (_, i) => change(i)) });
    await prisma.medicationChange.create({ data: { ...change(3), medicationName: ' other 3 ', rxNormCode: null, effectiveAt: new Date(Date.UTC(2026, 1, 1)) } });
    await prisma.$executeRawUnsafe('ANALYZE "MedicationChange"');
    // By code 1001 (Other 1's), or by the name Other 3: the change by that name alone, and that name's code (1003); by key.
    const query = latestOfMedication(clinic.planId, { rxNormCode: '1001', medicationName: 'OTHER 3' });
    const latest = await prisma.$queryRawUnsafe<Array<{ medicationName: string; rxNormCode: string | null }>>(query.text, ...query.values);
    expect(latest.map(({ medicationName, rxNormCode }) => [medicationName, rxNormCode])).toEqual([
      [' other 3 ', null],
      ['Other 1', '1001'],
      ['Other 3', '1003'],
    ]);
    // Whatever the planner would pick for a table this small, the statement can be answered from the indexes alone.
    const [, [{ 'QUERY PLAN': plan }]] = await prisma.$transaction([
      prisma.$executeRawUnsafe('SET LOCAL enable_seqscan = off'),
      prisma.$queryRawUnsafe<Array<{ 'QUERY PLAN': unknown }>>(`EXPLAIN (FORMAT JSON) ${query.text}`, ...query.values),
    ]);
    const used = JSON.stringify(plan);
    expect(used).toContain('"Index Name":"MedicationChange_planId_medicationKey_idx"');
    expect(used).toContain('"Index Name":"MedicationChange_planId_medicationName_idx"');
    expect(used).not.toContain('MedicationChange_planId_effectiveAt_idx');
  });

  it('should link a goal to its problems and replace the links on revision, refusing a problem of another plan', async () => {
    const { clinic, prisma } = it_;
    const goals = new GoalRepository(prisma);
    const service = new GoalService(goals, scopes(), new TaskRepository(prisma), work());
    const problem = (title: string, planId = clinic.planId) => prisma.problem.create({ data: { planId, title, description: 'x', category: 'TRAUMA', createdById: clinic.therapist.staffId } });
    const [first, second] = [await problem('Nightmares'), await problem('Isolation')];
    const goal = await service.addGoal(clinic.therapist, { planId: clinic.planId, statement: 'Sleep', ownerId: clinic.therapist.staffId, problemIds: [first.id] } as never);
    await service.reviseGoal(clinic.therapist, { goalId: goal.id, expectedVersion: goal.version, problemIds: [second.id] } as never);
    expect(await prisma.$transaction((tx) => goals.problemIdsOf(goal.id, tx))).toEqual([second.id]);
    const otherPlan = await prisma.treatmentPlan.create({
      data: { episodeId: clinic.episodeId, status: 'CLOSED', levelOfCare: 'IOP', reviewCadenceDays: 30, nextReviewDate: new Date('2030-01-01'), createdById: clinic.therapist.staffId },
    });
    const elsewhere = await problem('Elsewhere', otherPlan.id);
    await expect(service.reviseGoal(clinic.therapist, { goalId: goal.id, expectedVersion: goal.version + 1, problemIds: [elsewhere.id] } as never)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('should keep an SUD counseling note and its amendments from everyone but its author', async () => {
    const { clinic, prisma } = it_;
    const notes = new ClinicalNoteRepository(prisma);
    const service = new ClinicalNoteService(notes, scopes(), work(), it_.module.get(ImportedDrafts));
    const session = await prisma.individualSession.create({
      data: { planId: clinic.planId, therapistId: clinic.therapist.staffId, type: 'THERAPY', scheduledStart: new Date(), scheduledEnd: new Date(), createdById: clinic.therapist.staffId },
    });
    const note = await service.addNote(clinic.therapist, {
      planId: clinic.planId,
      kind: 'SESSION',
      individualSessionId: session.id,
      sudCounseling: true,
      text: 'Counseling',
      noteDate: new Date(),
    } as never);
    await service.amendNote(clinic.therapist, { noteId: note.id, text: 'Counseling, corrected', reason: 'Typo' });
    expect(await notes.amendmentsOf([note.id], clinic.therapist.staffId)).toHaveLength(1);
    expect(await notes.amendmentsOf([note.id], clinic.prescriber.staffId)).toHaveLength(0);
    expect(await prisma.clinicalNote.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({ text: 'Counseling' });
  });

  it('should record a group for several patients under each plan, once', async () => {
    const { clinic, prisma } = it_;
    const service = new AttendanceService(new AttendanceRepository(prisma), new TaskRepository(prisma), work());
    const group = await prisma.groupSession.create({
      data: {
        programId: clinic.programId,
        type: 'SKILLS',
        facilitatorId: clinic.therapist.staffId,
        startsAt: new Date(Date.now() - 3_600_000),
        endsAt: new Date(),
        modality: 'VIRTUAL',
        topic: 'x',
        createdById: clinic.therapist.staffId,
      },
    });
    const input = { groupSessionId: group.id, entries: [{ patientId: clinic.patientId, status: 'LATE', minutesAttended: 40 }] } as never;
    const { planIds } = await service.recordGroupAttendance(clinic.therapist, input);
    await service.recordGroupAttendance(clinic.therapist, input);
    expect(planIds).toEqual([clinic.planId]);
    expect(await prisma.planRevision.count({ where: { planId: clinic.planId, entityType: 'GroupAttendance' } })).toBe(1);
  });
});
