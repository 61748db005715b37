import { addDays } from '@oneplan/care-team';
import { daysFromToday, isoDate, programDate, programDay, startMedication, useClinic } from '../support/clinic.js';
import type { Bundle, DocumentReference } from '@medplum/fhirtypes';
import { validateBundle } from '../support/fhir-validator.js';
import { failure, ok } from '../support/test-api.js';

const DISCHARGE = `mutation($input: DischargePatientInput!) { dischargePatient(input: $input) {
  discharge { reason dischargeDate summary followUpWith communitySupports daysToFollowUp
    goalOutcomes { statement status } measureOutcomes { type baseline final change } medications { medicationName instructions onHold }
    safetyPlan triggerDates { label date } }
  plan { id status discharge { reason } episode { status } }
} }`;
const MY_TASKS = `{ myTasks(first: 20) { nodes { id title dueDate version } } }`;

describe('Discharge with an aftercare plan (e2e)', () => {
  const { api, clinic } = useClinic();
  const inDays = (days: number) => new Date(programDate().getTime() + days * 86_400_000 + 15 * 3_600_000).toISOString();
  const discharge = (values: Record<string, unknown> = {}) =>
    api.gql(clinic.staff.therapist, DISCHARGE, {
      input: {
        planId: clinic.planId,
        reason: 'STEPPED_DOWN_TO_OUTPATIENT',
        dischargeDate: programDay(0),
        summary: 'Stabilized; nightmares fewer; sober 45 days. Steps down to weekly outpatient therapy.',
        followUpAt: inDays(5),
        followUpWith: 'Harbor Outpatient Counseling',
        communitySupports: ['SMART Recovery, Tuesdays', 'Peer recovery coach'],
        ...values,
      },
    });

  beforeAll(async () => {
    const { therapist } = clinic.staff;
    const problem = ok(
      await api.gql(therapist, `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }`, {
        input: { planId: clinic.planId, title: 'Nightmares', description: 'x', category: 'TRAUMA' },
      }),
    ).addProblem.problem;
    ok(
      await api.gql(therapist, `mutation($input: AddGoalInput!) { addGoal(input: $input) { goal { id } } }`, {
        input: { planId: clinic.planId, statement: 'Sleep through the night', problemIds: [problem.id], ownerId: therapist },
      }),
    );
    for (const [score, hoursAgo] of [
      [18, 400],
      [9, 2],
    ]) {
      ok(
        await api.gql(therapist, `mutation($input: RecordOutcomeMeasureInput!) { recordOutcomeMeasure(input: $input) { outcomeMeasure { id } } }`, {
          input: { planId: clinic.planId, type: 'PHQ9', score, selfHarmItem: 0, administeredAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString() },
        }),
      );
    }
    ok(await startMedication(api, clinic, 'Prazosin'));
    const soon = addDays(programDate(), 40);
    ok(
      await api.gql(therapist, `mutation($input: AddTriggerDateInput!) { addTriggerDate(input: $input) { triggerDate { id } } }`, {
        input: { planId: clinic.planId, label: 'Anniversary of the assault', date: isoDate(new Date(Date.UTC(2019, soon.getUTCMonth(), soon.getUTCDate()))), recursAnnually: true, leadTimeDays: 7 },
      }),
    );
  });

  it('should refuse while the plan has open tasks, listing them for reassignment, and a follow-up later than 7 days', async () => {
    const task = ok(
      await api.gql(clinic.staff.therapist, `mutation($input: AddTaskInput!) { addTask(input: $input) { task { id version } } }`, {
        input: { planId: clinic.planId, title: 'Call the family', ownerId: clinic.staff.caseManager, dueDate: programDay(1) },
      }),
    ).addTask.task;
    const refused = failure(await discharge());
    expect(refused.message).toBe("Reassign, finish or cancel the plan's 1 open task(s) first");
    expect(refused.extensions.openTasks).toEqual([{ taskId: task.id, title: 'Call the family', ownerId: clinic.staff.caseManager, dueDate: programDay(1) }]);
    ok(
      await api.gql(clinic.staff.caseManager, `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { task { id } } }`, {
        input: { taskId: task.id, expectedVersion: task.version, status: 'DONE' },
      }),
    );
    expect(failure(await discharge({ followUpAt: inDays(9) })).extensions.field).toBe('followUpAt');
    expect(failure(await discharge({ dischargeDate: programDay(2), followUpAt: inDays(3) })).extensions.field).toBe('dischargeDate');
    expect((await api.prisma.treatmentPlan.findUniqueOrThrow({ where: { id: clinic.planId } })).status).not.toBe('CLOSED');
  });

  it('should close the plan and the episode with the summary, outcomes and aftercare plan, and open the aftercare tasks', async () => {
    const schedule = await api.prisma.groupSchedule.create({
      data: {
        programId: clinic.programId,
        type: 'PROCESS',
        topic: 'Process group',
        facilitatorIds: [clinic.staff.facilitator],
        weekdays: [1, 3],
        startTime: '09:00',
        durationMinutes: 90,
        modality: 'IN_PERSON',
        startsOn: daysFromToday(-30),
        createdById: clinic.staff.facilitator,
      },
    });
    const enrollment = await api.prisma.groupEnrollment.create({
      data: { scheduleId: schedule.id, patientId: clinic.patientId, planId: clinic.planId, fromDate: daysFromToday(-30), enrolledById: clinic.staff.therapist },
    });
    const { dischargePatient } = ok(await discharge());
    // The patient leaves every group roster on the day of discharge.
    expect(await api.prisma.groupEnrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).toMatchObject({ untilDate: programDate(), version: 2 });
    expect(dischargePatient.plan).toMatchObject({ status: 'CLOSED', discharge: { reason: 'STEPPED_DOWN_TO_OUTPATIENT' }, episode: { status: 'DISCHARGED' } });
    const record = dischargePatient.discharge;
    expect(record).toMatchObject({
      followUpWith: 'Harbor Outpatient Counseling',
      communitySupports: ['SMART Recovery, Tuesdays', 'Peer recovery coach'],
      goalOutcomes: [{ statement: 'Sleep through the night', status: 'PROPOSED' }],
      measureOutcomes: [{ type: 'PHQ9', baseline: 18, final: 9, change: -9 }],
      medications: [{ medicationName: 'Prazosin', onHold: false }],
      triggerDates: [{ label: 'Anniversary of the assault', date: programDay(40) }],
    });
    expect(record.daysToFollowUp).toBeGreaterThan(5);
    expect(record.daysToFollowUp).toBeLessThan(6);
    expect(record.safetyPlan).toEqual(expect.arrayContaining([expect.stringMatching(/^Crisis lines: 988 Suicide and Crisis Lifeline/)]));

    const tasks = ok(await api.gql(clinic.staff.therapist, MY_TASKS)).myTasks.nodes as Array<{ id: string; title: string; dueDate: string; version: number }>;
    expect(tasks.map((task) => `${task.dueDate} ${task.title}`)).toEqual([
      `${programDay(5)} Confirm the follow-up appointment with Harbor Outpatient Counseling was kept`,
      `${programDay(7)} 7-day check-in after discharge`,
      `${programDay(30)} 30-day check-in after discharge`,
      `${programDay(33)} Reach out before a trigger date (Anniversary of the assault)`,
    ]);
    // Aftercare is worked on the closed plan; nothing else of it changes.
    ok(
      await api.gql(clinic.staff.therapist, `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { task { status } } }`, {
        input: { taskId: tasks[0].id, expectedVersion: tasks[0].version, status: 'DONE' },
      }),
    );
    expect(
      failure(
        await api.gql(clinic.staff.therapist, `mutation($input: AddGoalInput!) { addGoal(input: $input) { goal { id } } }`, {
          input: { planId: clinic.planId, statement: 'x', problemIds: [(await api.prisma.problem.findFirstOrThrow({ where: { planId: clinic.planId } })).id], ownerId: clinic.staff.therapist },
        }),
      ).message,
    ).toMatch(/closed/);
    expect(failure(await discharge()).message).toMatch(/closed/);
    const history = await api.prisma.planRevision.findMany({
      where: { planId: clinic.planId, entityType: { in: ['Discharge', 'TreatmentPlan', 'GroupEnrollment'] }, action: { in: ['RECORDED', 'UPDATED'] } },
    });
    expect(history.map((revision) => revision.entityType).sort()).toEqual(['Discharge', 'GroupEnrollment', 'TreatmentPlan']);
  });

  it("should export a discharged patient's closed plan with its discharge summary, as the next provider needs it", async () => {
    const recipient = { recipientType: 'ORGANIZATION', recipientName: 'Harbor Outpatient Counseling' };
    ok(
      await api.gql(clinic.staff.caseManager, `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } } }`, {
        input: { patientId: clinic.patientId, ...recipient, purpose: 'Aftercare', categories: ['PROBLEMS_AND_GOALS'], startsOn: programDay(-1), expiresOn: programDay(90) },
      }),
    );
    const exported = ok(
      await api.gql(clinic.staff.therapist, `mutation($input: ExportPlanInput!) { exportPlan(input: $input) { document } }`, {
        input: { patientId: clinic.patientId, ...recipient, categories: ['PROBLEMS_AND_GOALS'], format: 'FHIR_R4' },
      }),
    ).exportPlan;
    const bundle = JSON.parse(exported.document) as Bundle;
    expect(validateBundle(bundle).errors).toEqual([]);
    const resources = bundle.entry!.map((entry) => entry.resource!);
    expect(resources.find((resource) => resource.resourceType === 'CarePlan')).toMatchObject({ status: 'completed' });
    expect(resources.find((resource) => resource.resourceType === 'EpisodeOfCare')).toMatchObject({ status: 'finished' });
    const summary = resources.find((resource): resource is DocumentReference => resource.resourceType === 'DocumentReference' && resource.type?.text === 'Discharge summary')!;
    expect(summary.type!.coding![0].code).toBe('18842-5');
    expect(Buffer.from(summary.content[0].attachment.data!, 'base64').toString()).toContain('Follow-up: ');
  });
});
