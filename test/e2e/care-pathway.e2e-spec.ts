import type { INestApplicationContext } from '@nestjs/common';
import { addDays } from '@oneplan/care-team';
import { asamRatings, isoDate, programDate, programDay, useClinic } from '../support/clinic.js';
import { ok } from '../support/test-api.js';
import { eventually, startTestWorker } from '../support/worker.js';

/**
 * One person from first assessment to aftercare: intake with scores and ratings, the recommendation, an
 * admission to PHP from a template, a step-down to IOP with a re-assessment and a handoff, and discharge
 * with an aftercare plan, checking the tasks and reminders each step leaves.
 */
describe('From intake to aftercare (e2e)', () => {
  const { api, clinic } = useClinic();
  let worker: INestApplicationContext;
  beforeAll(async () => {
    worker = await startTestWorker();
  });
  afterAll(() => worker.close());

  it('should walk a person from intake through admission from a template and a step-down to discharge with aftercare', async () => {
    const { therapist, cotherapist, prescriber, facilitator, caseManager, admin } = clinic.staff;
    const today = programDate();
    const template = ok(
      await api.gql(admin, `mutation($input: CreatePlanTemplateInput!) { createPlanTemplate(input: $input) { template { id } } }`, {
        input: {
          programId: clinic.programId,
          name: 'PHP co-occurring PTSD and alcohol use',
          description: 'Stabilization first',
          problems: [{ key: 'ptsd', title: 'PTSD symptoms', description: 'Intrusions', category: 'TRAUMA' }],
          goals: [
            {
              statement: 'Stay safe and sober while stabilizing',
              problemKeys: ['ptsd'],
              objectives: [{ description: 'No drinking days', measuredBy: 'Self-report', target: 7, targetInDays: 14 }],
              interventions: [{ name: 'Seeking Safety' }],
            },
          ],
          tasks: [{ title: 'Medication evaluation', dueInDays: 3, ownerRole: 'PRESCRIBER' }],
        },
      }),
    ).createPlanTemplate.template;

    // Intake: the ratings point to PHP; the clinician accepts.
    const patient = await api.prisma.patient.create({ data: { programId: clinic.programId, firstName: 'Riley', lastName: 'Pathway', dateOfBirth: new Date('1991-08-09'), recordNumber: 'PATH-1' } });
    const assessment = ok(
      await api.gql(caseManager, `mutation($input: RecordIntakeAssessmentInput!) { recordIntakeAssessment(input: $input) { assessment { id recommendedLevel } } }`, {
        input: {
          programId: clinic.programId,
          patientId: patient.id,
          presentingConcerns: 'Flashbacks; drinking most nights',
          substanceUse: [{ substance: 'Alcohol', route: 'oral', frequency: 'most nights', withdrawalHistory: false }],
          traumaSummary: 'Chose to share: a car crash two years ago',
          pcl5: 49,
          phq9: 14,
          phq9Item9: 1,
          auditC: 8,
          withdrawalRisk: false,
          asamRatings: asamRatings([1, 1, 3, 2, 3, 2]),
        },
      }),
    ).recordIntakeAssessment.assessment;
    expect(assessment.recommendedLevel).toBe('PHP');
    // Item 9 above 0 at intake: the assessor's urgent task, due today, before there is a plan.
    expect(await api.prisma.task.findMany({ where: { assessmentId: assessment.id }, select: { title: true, ownerId: true, planId: true, dueDate: true } })).toEqual([
      { title: 'Urgent: assess safety and start a safety plan (PHQ-9 item 9 at intake)', ownerId: caseManager, planId: null, dueDate: new Date(`${programDay(0)}T00:00:00Z`) },
    ]);
    ok(await api.gql(therapist, `mutation($input: DecideIntakeLevelInput!) { decideIntakeLevel(input: $input) { assessment { id } } }`, { input: { assessmentId: assessment.id, level: 'PHP' } }));

    // Admission to PHP from the template.
    const careTeam = [
      { staffId: therapist, role: 'PRIMARY_THERAPIST' },
      { staffId: cotherapist, role: 'THERAPIST' },
      { staffId: prescriber, role: 'PRESCRIBER' },
      { staffId: facilitator, role: 'GROUP_FACILITATOR' },
      { staffId: caseManager, role: 'CASE_MANAGER' },
    ];
    const { plan } = ok(
      await api.gql(
        caseManager,
        `mutation($input: AdmitFromAssessmentInput!) { admitFromAssessment(input: $input) { plan { id version levelOfCare phase problems { title } goals { statement } } } }`,
        {
          input: { assessmentId: assessment.id, admissionDate: isoDate(today), careTeam, templateId: template.id },
        },
      ),
    ).admitFromAssessment;
    expect(plan).toMatchObject({ levelOfCare: 'PHP', phase: 'STABILIZATION', goals: [{ statement: 'Stay safe and sober while stabilizing' }] });
    expect(plan.problems.map((problem: { title: string }) => problem.title)).toEqual(['PTSD symptoms', 'Co-occurring trauma and substance use (from intake)']);
    const taskTitles = async () =>
      (await api.prisma.task.findMany({ where: { planId: plan.id }, orderBy: { createdAt: 'asc' } })).map(
        (task) =>
          `${task.title} @${task.ownerId === therapist ? 'therapist' : task.ownerId === prescriber ? 'prescriber' : task.ownerId === cotherapist ? 'cotherapist' : task.ownerId === caseManager ? 'caseManager' : task.ownerId}`,
      );
    expect(await eventually(async () => (await taskTitles()).includes('Urgent: review the safety plan (PHQ-9 item 9) @therapist'))).toBe(true);
    expect(await taskTitles()).toContain('Medication evaluation @prescriber');
    // The intake's task came onto the plan with its owner, who is on the care team.
    expect(await taskTitles()).toContain('Urgent: assess safety and start a safety plan (PHQ-9 item 9 at intake) @caseManager');

    // Step-down to IOP with a re-assessment and a handoff to the therapist receiving the patient.
    const version = (await api.prisma.treatmentPlan.findUniqueOrThrow({ where: { id: plan.id } })).version;
    const stepped = ok(
      await api.gql(
        therapist,
        `mutation($input: ChangeLevelOfCareInput!) { changeLevelOfCare(input: $input) { levelOfCareChange { fromLevel toLevel reviewCadenceDays weeklyHours ratings { rating } } plan { reviewCadenceDays } } }`,
        {
          input: { planId: plan.id, expectedVersion: version, toLevel: 'IOP', reason: 'Stable for two weeks; back at work', ratings: asamRatings([0, 0, 2, 1, 2, 1]), handoffToIds: [cotherapist] },
        },
      ),
    ).changeLevelOfCare;
    expect(stepped.levelOfCareChange).toMatchObject({ fromLevel: 'PHP', toLevel: 'IOP', reviewCadenceDays: 30, weeklyHours: '9-19' });
    expect(stepped.levelOfCareChange.ratings.map((rating: { rating: number }) => rating.rating)).toEqual([0, 0, 2, 1, 2, 1]);
    expect(await taskTitles()).toContain('Handoff: PHP to IOP, review the plan and meet the patient @cotherapist');
    // The whole team hears of it (but not the one who made it).
    expect(await eventually(async () => (await api.prisma.notification.count({ where: { planId: plan.id, kind: 'LEVEL_OF_CARE_CHANGED' } })) === 4)).toBe(true);

    // Everything open is done; then discharge with aftercare.
    await api.prisma.task.updateMany({ where: { planId: plan.id, status: { in: ['OPEN', 'IN_PROGRESS'] } }, data: { status: 'DONE', completedAt: new Date() } });
    const discharged = ok(
      await api.gql(
        therapist,
        `mutation($input: DischargePatientInput!) { dischargePatient(input: $input) { plan { status episode { status } } discharge { measureOutcomes { type baseline final } } } }`,
        {
          input: {
            planId: plan.id,
            reason: 'COMPLETED',
            dischargeDate: isoDate(today),
            summary: 'Completed PHP and IOP; sober; flashbacks manageable.',
            followUpAt: new Date(addDays(today, 6).getTime() + 14 * 3_600_000).toISOString(),
            followUpWith: 'Outpatient therapist',
            communitySupports: ['AA home group'],
          },
        },
      ),
    ).dischargePatient;
    expect(discharged.plan).toEqual({ status: 'CLOSED', episode: { status: 'DISCHARGED' } });
    expect(discharged.discharge.measureOutcomes).toEqual(expect.arrayContaining([{ type: 'PCL5', baseline: 49, final: 49 }]));
    const aftercare = await api.prisma.task.findMany({ where: { planId: plan.id, status: 'OPEN' }, orderBy: { dueDate: 'asc' } });
    expect(aftercare.map((task) => [task.title, isoDate(task.dueDate), task.ownerId])).toEqual([
      ['Confirm the follow-up appointment with Outpatient therapist was kept', isoDate(addDays(today, 6)), therapist],
      ['7-day check-in after discharge', isoDate(addDays(today, 7)), therapist],
      ['30-day check-in after discharge', isoDate(addDays(today, 30)), therapist],
    ]);
  });

  it('should refuse a step-down handed to someone off the care team, or with part of a re-assessment, changing nothing', async () => {
    const { version } = await api.prisma.treatmentPlan.findUniqueOrThrow({ where: { id: clinic.planId } });
    const change = (values: Record<string, unknown>) =>
      api.gql(clinic.staff.therapist, `mutation($input: ChangeLevelOfCareInput!) { changeLevelOfCare(input: $input) { plan { levelOfCare } } }`, {
        input: { planId: clinic.planId, expectedVersion: version, toLevel: 'PHP', reason: 'Relapse', ...values },
      });
    const outsider = (await change({ handoffToIds: [clinic.staff.outsider], ratings: asamRatings() })).errors![0];
    expect(outsider.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'handoffToIds.0' });
    const partial = (await change({ ratings: asamRatings([1, 1, 1, 1, 1, 1]).slice(0, 3) })).errors![0];
    expect(partial).toMatchObject({
      message: 'A step down or up needs its re-assessment: rate all six ASAM dimensions; missing: READINESS_TO_CHANGE, RELAPSE_CONTINUED_USE, RECOVERY_ENVIRONMENT',
      extensions: { field: 'ratings' },
    });
    expect((await change({})).errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'ratings' } });
    expect(await api.prisma.treatmentPlan.findUniqueOrThrow({ where: { id: clinic.planId } })).toMatchObject({ version, levelOfCare: 'IOP' });
  });
});
