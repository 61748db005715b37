import type { INestApplicationContext } from '@nestjs/common';
import { asamRatings, programDay, useClinic } from '../support/clinic.js';
import { failure, ok } from '../support/test-api.js';
import { eventually, startTestWorker } from '../support/worker.js';

const ASSESSMENT = `id recommendedLevel recommendationReasons decidedLevel overrideReason outcome episodeId part2 substanceUse { substance lastUse } asamRatings { dimension rating }`;
const RECORD = `mutation($input: RecordIntakeAssessmentInput!) { recordIntakeAssessment(input: $input) { assessment { ${ASSESSMENT} } } }`;
const DECIDE = `mutation($input: DecideIntakeLevelInput!) { decideIntakeLevel(input: $input) { assessment { ${ASSESSMENT} } } }`;
const ADMIT = `mutation($input: AdmitFromAssessmentInput!) { admitFromAssessment(input: $input) {
  assessment { ${ASSESSMENT} }
  plan { id status phase levelOfCare problems { title category } outcomeMeasures(first: 10) { nodes { type score selfHarmItem } } episode { careTeam { role staff { id } } } }
} }`;
const REFER = `mutation($input: ReferOutFromAssessmentInput!) { referOutFromAssessment(input: $input) { assessment { ${ASSESSMENT} referredTo referralReason } } }`;
const MY_TASKS = `{ myTasks(first: 20) { nodes { id title status dueDate planId assessmentId patient { id } plan { id } } } }`;
const SAFETY_CHECK = `mutation($input: RecordIntakeSafetyCheckInput!) { recordIntakeSafetyCheck(input: $input) { assessment { safetyCheckedAt safetyCheckedById safetyCheckNote } } }`;

describe('Intake assessment to admission or referral out (e2e)', () => {
  const { api, clinic } = useClinic();
  let worker: INestApplicationContext;

  beforeAll(async () => {
    worker = await startTestWorker();
  });
  afterAll(() => worker.close());

  const person = async (lastName: string) =>
    (await api.prisma.patient.create({ data: { programId: clinic.programId, firstName: 'Jordan', lastName, dateOfBirth: new Date('1994-03-02'), recordNumber: `IN-${lastName}` } })).id;
  const assess = (patientId: string, values: number[], extra: Record<string, unknown> = {}, staffId = clinic.staff.caseManager) =>
    api.gql(staffId, RECORD, {
      input: {
        programId: clinic.programId,
        patientId,
        presentingConcerns: 'Nightmares since the assault; drinking to sleep',
        substanceUse: [{ substance: 'Alcohol', route: 'oral', frequency: 'daily', lastUse: programDay(-1), withdrawalHistory: false }],
        traumaExperiences: ['PHYSICAL_ASSAULT'],
        pcl5: 52,
        phq9: 16,
        phq9Item9: 1,
        gad7: 12,
        auditC: 9,
        withdrawalRisk: false,
        asamRatings: asamRatings(values),
        ...extra,
      },
    });

  it('should walk a person from intake through the recommendation, an override and admission to a plan in stabilization, raising the item 9 task', async () => {
    const patientId = await person('Admitted');
    const assessment = ok(await assess(patientId, [1, 0, 3, 2, 2, 2])).recordIntakeAssessment.assessment;
    expect(assessment).toMatchObject({
      recommendedLevel: 'PHP',
      recommendationReasons: ['Dimension 3 (3) rated 3: daily structured treatment (PHP)', 'PHQ-9 item 9 above 0: review the safety plan on admission'],
      decidedLevel: null,
      outcome: 'PENDING',
      part2: true,
      substanceUse: [{ substance: 'Alcohol', lastUse: programDay(-1) }],
    });
    expect(assessment.asamRatings.map((rating: { rating: number }) => rating.rating)).toEqual([1, 0, 3, 2, 2, 2]);
    // Item 9 above 0 before any plan exists: the assessor and the program's admin are told at once, urgently.
    const alerts = await api.prisma.notification.findMany({ where: { subjectId: assessment.id, kind: 'SELF_HARM_RISK' } });
    expect(alerts.map((alert) => alert.recipientId).sort()).toEqual([clinic.staff.caseManager, clinic.staff.admin].sort());
    expect(alerts.every((alert) => alert.urgent && alert.patientId === patientId && alert.planId === null)).toBe(true);
    expect(alerts[0].message).toBe('Jordan A. (IN-Admitted) answered PHQ-9 item 9 above 0 at intake: assess their safety and start a safety plan before they leave.');
    // ... and the assessor gets the urgent task, due today, on the assessment until there is a plan.
    const [intakeTask] = ok(await api.gql(clinic.staff.caseManager, MY_TASKS)).myTasks.nodes.filter((task: { assessmentId: string }) => task.assessmentId === assessment.id);
    expect(intakeTask).toMatchObject({
      title: 'Urgent: assess safety and start a safety plan (PHQ-9 item 9 at intake)',
      status: 'OPEN',
      dueDate: programDay(0),
      planId: null,
      plan: null,
      patient: { id: patientId },
    });
    expect(alerts.find((alert) => alert.recipientId === clinic.staff.caseManager)!.taskId).toBe(intakeTask.id);
    // Nobody is on a care team yet: the task is closed by the safety check, not edited as a plan's task.
    const UPDATE = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { task { id } } }`;
    expect(failure(await api.gql(clinic.staff.caseManager, UPDATE, { input: { taskId: intakeTask.id, expectedVersion: 1, status: 'DONE' } })).extensions.code).toBe('NOT_FOUND');
    // Admission waits for a decision; an override needs its reason.
    const undecided = failure(
      await api.gql(clinic.staff.therapist, ADMIT, {
        input: { assessmentId: assessment.id, admissionDate: programDay(0), careTeam: [{ staffId: clinic.staff.therapist, role: 'PRIMARY_THERAPIST' }] },
      }),
    );
    expect(undecided.message).toBe('Decide the level of care first (decideIntakeLevel)');
    expect(failure(await api.gql(clinic.staff.therapist, DECIDE, { input: { assessmentId: assessment.id, level: 'IOP' } })).extensions.field).toBe('overrideReason');
    const decided = ok(await api.gql(clinic.staff.therapist, DECIDE, { input: { assessmentId: assessment.id, level: 'IOP', overrideReason: 'Works days; evening IOP keeps the job' } }))
      .decideIntakeLevel.assessment;
    expect(decided).toMatchObject({ decidedLevel: 'IOP', overrideReason: 'Works days; evening IOP keeps the job' });

    const team = [
      { staffId: clinic.staff.therapist, role: 'PRIMARY_THERAPIST' },
      { staffId: clinic.staff.prescriber, role: 'PRESCRIBER' },
      { staffId: clinic.staff.facilitator, role: 'GROUP_FACILITATOR' },
    ];
    const admitted = ok(await api.gql(clinic.staff.caseManager, ADMIT, { input: { assessmentId: assessment.id, admissionDate: programDay(0), careTeam: team } })).admitFromAssessment;
    expect(admitted.assessment).toMatchObject({ outcome: 'ADMITTED', episodeId: expect.any(String) });
    expect(admitted.plan).toMatchObject({
      status: 'DRAFT',
      phase: 'STABILIZATION',
      levelOfCare: 'IOP',
      problems: [{ title: 'Co-occurring trauma and substance use (from intake)', category: 'CO_OCCURRING' }],
    });
    expect(admitted.plan.outcomeMeasures.nodes.map((measure: { type: string; score: number }) => `${measure.type} ${measure.score}`).sort()).toEqual(['AUDIT_C 9', 'GAD7 12', 'PCL5 52', 'PHQ9 16']);
    expect(admitted.plan.episode.careTeam.map((member: { role: string }) => member.role).sort()).toEqual(['GROUP_FACILITATOR', 'PRESCRIBER', 'PRIMARY_THERAPIST']);
    // The intake's positive item 9 reaches the primary therapist with the urgent task, as any PHQ-9 of a plan does.
    expect(
      await eventually(
        async () => (await api.prisma.task.count({ where: { planId: admitted.plan.id, title: 'Urgent: review the safety plan (PHQ-9 item 9)', ownerId: clinic.staff.therapist } })) === 1,
      ),
    ).toBe(true);
    // The intake's open task moved onto the plan; its owner is not on the team, so the primary therapist holds it.
    expect(await api.prisma.task.findUniqueOrThrow({ where: { id: intakeTask.id } })).toMatchObject({ planId: admitted.plan.id, ownerId: clinic.staff.therapist, status: 'OPEN', version: 2 });
    expect(ok(await api.gql(clinic.staff.caseManager, MY_TASKS)).myTasks.nodes.map((task: { id: string }) => task.id)).not.toContain(intakeTask.id);
    const therapistTasks = ok(await api.gql(clinic.staff.therapist, MY_TASKS)).myTasks.nodes;
    expect(therapistTasks.find((task: { id: string }) => task.id === intakeTask.id)).toMatchObject({ planId: admitted.plan.id, plan: { id: admitted.plan.id }, patient: { id: patientId } });
    const history = await api.prisma.planRevision.findMany({ where: { planId: admitted.plan.id } });
    expect(history.map((revision) => revision.entityType).sort()).toEqual(['OutcomeMeasure', 'OutcomeMeasure', 'OutcomeMeasure', 'OutcomeMeasure', 'Problem', 'Task', 'Task', 'TreatmentPlan']);
    expect(history.find((revision) => revision.entityId === intakeTask.id)).toMatchObject({ action: 'UPDATED', reason: 'Admitted from the intake assessment that raised it' });
    // Recording the safety plan closes both: the plan's own task and the one the intake raised.
    const SAFETY_PLAN = `mutation($input: UpdateSafetyPlanInput!) { updateSafetyPlan(input: $input) { safetyPlan { isComplete } } }`;
    const safetyPlanInput = {
      planId: admitted.plan.id,
      expectedVersion: 1,
      warningSigns: ['Nightmares'],
      copingStrategies: ['Grounding'],
      peopleAndPlaces: ['Sister'],
      contacts: [{ name: 'Sister', phone: '555-0100' }],
      crisisLines: [{ name: '988', number: '988' }],
    };
    ok(await api.gql(clinic.staff.therapist, SAFETY_PLAN, { input: safetyPlanInput }));
    expect(await api.prisma.task.count({ where: { planId: admitted.plan.id, reminderKey: { startsWith: 'safety-plan-review:' }, status: 'OPEN' } })).toBe(0);
    expect((await api.prisma.task.findUniqueOrThrow({ where: { id: intakeTask.id } })).status).toBe('DONE');
    // Once admitted, the assessment admits no one again, and the person's new team reads it.
    expect(failure(await api.gql(clinic.staff.caseManager, ADMIT, { input: { assessmentId: assessment.id, admissionDate: programDay(0), careTeam: team } })).message).toBe(
      'The person was admitted from this assessment already',
    );
    const read = ok(await api.gql(clinic.staff.prescriber, `query($id: ID!) { intakeAssessments(patientId: $id) { id outcome } }`, { id: patientId })).intakeAssessments;
    expect(read).toEqual([{ id: assessment.id, outcome: 'ADMITTED' }]);
  });

  it('should recommend withdrawal management and refer the person out, refusing to admit them here', async () => {
    const patientId = await person('Referred');
    const assessment = ok(await assess(patientId, [3, 1, 2, 1, 3, 2], { withdrawalRisk: true })).recordIntakeAssessment.assessment;
    expect(assessment.recommendedLevel).toBe('WITHDRAWAL_MANAGEMENT');
    ok(await api.gql(clinic.staff.therapist, DECIDE, { input: { assessmentId: assessment.id, level: 'WITHDRAWAL_MANAGEMENT' } }));
    const refused = failure(
      await api.gql(clinic.staff.therapist, ADMIT, {
        input: { assessmentId: assessment.id, admissionDate: programDay(0), careTeam: [{ staffId: clinic.staff.therapist, role: 'PRIMARY_THERAPIST' }] },
      }),
    );
    expect(refused.message).toBe('WITHDRAWAL_MANAGEMENT is a higher level than this program offers: refer the person out');
    const referred = ok(
      await api.gql(clinic.staff.caseManager, REFER, {
        input: { assessmentId: assessment.id, referredTo: 'County medically supervised detox', reason: 'Withdrawal risk: daily heavy drinking, seizure history' },
      }),
    ).referOutFromAssessment.assessment;
    expect(referred).toMatchObject({ outcome: 'REFERRED_OUT', referredTo: 'County medically supervised detox' });
    expect(await api.prisma.episode.count({ where: { patientId } })).toBe(0);
    // The referral's follow-up: checking that the person arrived, due in two days, a task of the assessor's and on their list until done.
    const tasks = ok(await api.gql(clinic.staff.caseManager, MY_TASKS)).myTasks.nodes.filter((task: { assessmentId: string }) => task.assessmentId === assessment.id);
    expect(tasks.map((task: { title: string; dueDate: string }) => `${task.title} ${task.dueDate}`).sort()).toEqual([
      `Check that the person arrived (referred to County medically supervised detox) ${programDay(2)}`,
      `Urgent: assess safety and start a safety plan (PHQ-9 item 9 at intake) ${programDay(0)}`,
    ]);
    const FOLLOW_UPS = `{ myReferralFollowUps { id referralFollowUpDue } }`;
    expect(ok(await api.gql(clinic.staff.caseManager, FOLLOW_UPS)).myReferralFollowUps).toEqual([{ id: assessment.id, referralFollowUpDue: programDay(2) }]);
    const ARRIVAL = `mutation($input: RecordReferralArrivalInput!) { recordReferralArrival(input: $input) { assessment { referralArrived referralCheckNote } } }`;
    const checked = ok(await api.gql(clinic.staff.caseManager, ARRIVAL, { input: { assessmentId: assessment.id, arrived: true, note: 'Admitted to detox the same evening' } })).recordReferralArrival
      .assessment;
    expect(checked).toEqual({ referralArrived: true, referralCheckNote: 'Admitted to detox the same evening' });
    expect(ok(await api.gql(clinic.staff.caseManager, FOLLOW_UPS)).myReferralFollowUps).toEqual([]);
    expect(await api.prisma.task.findMany({ where: { assessmentId: assessment.id }, select: { title: true, status: true, planId: true }, orderBy: { title: 'asc' } })).toEqual([
      { title: 'Check that the person arrived (referred to County medically supervised detox)', status: 'DONE', planId: null },
      { title: 'Urgent: assess safety and start a safety plan (PHQ-9 item 9 at intake)', status: 'OPEN', planId: null },
    ]);
    expect(failure(await api.gql(clinic.staff.caseManager, ARRIVAL, { input: { assessmentId: assessment.id, arrived: false } })).message).toBe('The referral was checked already');
    // The item 9 task of a person who is never admitted: the safety check records what was done, once, and
    // closes it. Two clinicians recording it at the same moment: one is taken, the other told it was done.
    const checks = await Promise.all(
      [clinic.staff.therapist, clinic.staff.caseManager].map((staffId) =>
        api.gql(staffId, SAFETY_CHECK, { input: { assessmentId: assessment.id, note: 'No plan or means; safety plan started, detox told' } }),
      ),
    );
    const taken = checks.filter((check) => !check.errors);
    expect(taken).toHaveLength(1);
    expect(checks.find((check) => check.errors)!.errors![0].message).toBe('The safety check was recorded already');
    expect(ok(taken[0]).recordIntakeSafetyCheck.assessment).toEqual({
      safetyCheckedAt: expect.any(String),
      safetyCheckedById: expect.stringMatching(new RegExp(`^(${clinic.staff.therapist}|${clinic.staff.caseManager})$`)),
      safetyCheckNote: 'No plan or means; safety plan started, detox told',
    });
    expect(await api.prisma.task.count({ where: { assessmentId: assessment.id, status: 'OPEN' } })).toBe(0);
    expect(ok(await api.gql(clinic.staff.caseManager, MY_TASKS)).myTasks.nodes.filter((task: { assessmentId: string }) => task.assessmentId === assessment.id)).toEqual([]);
    expect(failure(await api.gql(clinic.staff.therapist, SAFETY_CHECK, { input: { assessmentId: assessment.id, note: 'Again' } })).message).toBe('The safety check was recorded already');
  });

  it('should refuse incomplete or inconsistent assessments, and intake by a group facilitator, writing nothing', async () => {
    const patientId = await person('Refused');
    const before = await api.prisma.intakeAssessment.count();
    expect(failure(await assess(patientId, [0, 0, 0, 0, 0, 0], { asamRatings: asamRatings([0, 0, 0, 0, 0, 0]).slice(0, 5) })).extensions.code).toBe('BAD_USER_INPUT');
    const twice = asamRatings([0, 0, 0, 0, 0, 0]);
    twice[5] = { ...twice[4] };
    expect(failure(await assess(patientId, [0, 0, 0, 0, 0, 0], { asamRatings: twice })).message).toBe('Rate each ASAM dimension once; missing: RECOVERY_ENVIRONMENT');
    expect(failure(await assess(patientId, [0, 0, 5, 0, 0, 0])).extensions.code).toBe('BAD_USER_INPUT');
    expect(failure(await assess(patientId, [0, 0, 0, 0, 0, 0], { phq9: 2, phq9Item9: 3 })).message).toBe('Item 9 cannot exceed the PHQ-9 total');
    expect(failure(await assess(patientId, [0, 0, 0, 0, 0, 0], { phq9Item9: null })).extensions.field).toBe('phq9Item9');
    expect(failure(await assess(patientId, [0, 0, 0, 0, 0, 0], {}, clinic.staff.facilitator)).extensions.code).toBe('FORBIDDEN');
    expect(await api.prisma.intakeAssessment.count()).toBe(before);
  });
});
