import { asamRatings, PLAN_QUERY, programDay, useClinic } from '../support/clinic.js';
import { failure, ok } from '../support/test-api.js';

const ADD_PROBLEM = `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id version } } }`;
const ADD_GOAL = `mutation($input: AddGoalInput!) { addGoal(input: $input) { goal { id version } } }`;
const ADD_NOTE = `mutation($input: AddClinicalNoteInput!) { addClinicalNote(input: $input) { note { id text } } }`;
const AMEND_NOTE = `mutation($input: AmendClinicalNoteInput!) { amendClinicalNote(input: $input) { amendment { id amendsId text } } }`;
const CHANGE_PHASE = `mutation($input: ChangePhaseInput!) { changePhase(input: $input) { plan { phase version } } }`;
const UPDATE_SAFETY = `mutation($input: UpdateSafetyPlanInput!) { updateSafetyPlan(input: $input) { safetyPlan { version isComplete missingSections } } }`;
const SCHEDULE = `mutation($input: ScheduleIndividualSessionInput!) { scheduleIndividualSession(input: $input) { individualSession { id type status version } } }`;
const MEDICATION = `mutation($input: RecordMedicationChangeInput!) { recordMedicationChange(input: $input) { medicationChange { id } } }`;
const MEASURE = `mutation($input: RecordOutcomeMeasureInput!) { recordOutcomeMeasure(input: $input) { outcomeMeasure { id score changeFromPrevious } } }`;

describe('TreatmentPlan (e2e)', () => {
  const { api, clinic } = useClinic();

  const plan = async () => ok(await api.gql<{ patientPlan: any }>(clinic.staff.cotherapist, PLAN_QUERY, { patientId: clinic.patientId })).patientPlan;

  it('should build a shared plan from every discipline and return all of it in one query', async () => {
    const { therapist, prescriber, facilitator, caseManager } = clinic.staff;
    const problem = ok(await api.gql(therapist, ADD_PROBLEM, { input: { planId: clinic.planId, title: 'Alcohol use', description: 'Drinks to sleep.', category: 'CO_OCCURRING' } })).addProblem.problem;
    const goal = ok(await api.gql(therapist, ADD_GOAL, { input: { planId: clinic.planId, statement: 'Sleep without drinking', problemIds: [problem.id], ownerId: therapist } })).addGoal.goal;
    ok(
      await api.gql(therapist, `mutation($input: AddObjectiveInput!) { addObjective(input: $input) { objective { id } } }`, {
        input: { goalId: goal.id, description: 'Alcohol-free nights', measuredBy: 'Diary', measureType: 'CRAVING', baseline: 1, target: 7, targetDate: programDay(30) },
      }),
    );
    ok(await api.gql(therapist, `mutation($input: AddInterventionInput!) { addIntervention(input: $input) { intervention { id } } }`, { input: { goalId: goal.id, name: 'Urge surfing' } }));
    ok(await api.gql(caseManager, ADD_NOTE, { input: { planId: clinic.planId, goalId: goal.id, kind: 'PROGRESS', text: 'Two dry nights.', noteDate: programDay(0) } }));
    ok(
      await api.gql(prescriber, MEDICATION, {
        input: {
          planId: clinic.planId,
          medicationName: 'Naltrexone',
          rxNormCode: '7243',
          dose: '50 mg',
          route: 'oral',
          frequency: 'daily',
          changeType: 'START',
          reason: 'Cravings',
          targetSymptoms: ['cravings'],
          goalIds: [goal.id],
          effectiveAt: new Date().toISOString(),
        },
      }),
    );
    ok(await api.gql(therapist, MEASURE, { input: { planId: clinic.planId, type: 'PHQ9', score: 14, selfHarmItem: 0, administeredAt: new Date(Date.now() - 7 * 86_400_000).toISOString() } }));
    const second = ok(await api.gql(caseManager, MEASURE, { input: { planId: clinic.planId, type: 'PHQ9', score: 9, selfHarmItem: 0, administeredAt: new Date().toISOString() } })).recordOutcomeMeasure
      .outcomeMeasure;
    expect(second.changeFromPrevious).toBe(-5);
    const session = ok(
      await api.gql(therapist, SCHEDULE, {
        input: {
          planId: clinic.planId,
          therapistId: therapist,
          type: 'THERAPY',
          scheduledStart: new Date(Date.now() - 3_600_000).toISOString(),
          scheduledEnd: new Date(Date.now() - 600_000).toISOString(),
          goalIds: [goal.id],
        },
      }),
    ).scheduleIndividualSession.individualSession;
    ok(
      await api.gql(therapist, `mutation($input: RecordSessionOutcomeInput!) { recordSessionOutcome(input: $input) { individualSession { status } } }`, {
        input: { sessionId: session.id, expectedVersion: 1, status: 'COMPLETED', actualStart: new Date(Date.now() - 3_600_000).toISOString(), actualEnd: new Date(Date.now() - 600_000).toISOString() },
      }),
    );
    const groupStart = new Date(Math.floor(Date.now() / 1000) * 1000 - 7_200_000).toISOString();
    const group = ok(
      await api.gql(facilitator, `mutation($input: ScheduleGroupSessionInput!) { scheduleGroupSession(input: $input) { groupSession { id } } }`, {
        input: {
          programId: clinic.programId,
          type: 'SKILLS',
          facilitatorId: facilitator,
          startsAt: groupStart,
          endsAt: new Date(Date.now() - 3_600_000).toISOString(),
          modality: 'VIRTUAL',
          topic: 'Grounding',
        },
      }),
    ).scheduleGroupSession.groupSession;
    ok(
      await api.gql(facilitator, `mutation($input: RecordGroupAttendanceInput!) { recordGroupAttendance(input: $input) { attendance { status } } }`, {
        input: { groupSessionId: group.id, entries: [{ patientId: clinic.patientId, status: 'PRESENT' }] },
      }),
    );

    const whole = await plan();
    expect(whole.problems).toEqual([expect.objectContaining({ title: 'Alcohol use', category: 'CO_OCCURRING' })]);
    expect(whole.goals[0]).toMatchObject({ statement: 'Sleep without drinking', problems: [{ title: 'Alcohol use' }], interventions: [{ name: 'Urge surfing' }] });
    expect(whole.goals[0].objectives[0]).toMatchObject({ measureType: 'CRAVING', target: 7 });
    expect(whole.goals[0].progressNotes.nodes[0]).toMatchObject({ text: 'Two dry nights.' });
    expect(whole.currentMedications).toEqual([{ medicationName: 'Naltrexone', dose: '50 mg', onHold: false }]);
    expect(whole.medicationChanges.nodes[0].goals).toEqual([{ statement: 'Sleep without drinking' }]);
    expect(whole.outcomeMeasures.nodes.map((measure: any) => measure.changeFromPrevious)).toEqual([null, -5]);
    expect(whole.individualSessions.nodes[0]).toMatchObject({ status: 'COMPLETED', goalsAddressed: [{ statement: 'Sleep without drinking' }] });
    expect(whole.attendance.nodes).toEqual([expect.objectContaining({ status: 'PRESENT', groupSession: expect.objectContaining({ topic: 'Grounding', startsAt: groupStart }) })]);
    // Summed over the weeks: early on a Monday in the program's zone, the hours of two hours ago fall in last week.
    const deliveredHours = whole.weeklyCareHours.reduce((sum: number, week: any) => sum + week.totalHours, 0);
    expect(deliveredHours).toBeGreaterThan(1.5);
    expect(whole.safetyPlan.crisisLines.map((line: any) => line.number)).toEqual(['988', '911', '1-800-662-4357']);
    expect(whole.episode.careTeam).toHaveLength(5);
    expect(whole.history.nodes.map((revision: any) => revision.entityType)).toEqual(
      expect.arrayContaining(['TREATMENT_PLAN', 'PROBLEM', 'GOAL', 'OBJECTIVE', 'INTERVENTION', 'CLINICAL_NOTE', 'MEDICATION_CHANGE', 'OUTCOME_MEASURE', 'INDIVIDUAL_SESSION', 'GROUP_ATTENDANCE']),
    );
  });

  it('should record who made each change and answer the history page by page', async () => {
    const first = ok(
      await api.gql(clinic.staff.admin, `query($planId: ID!) { planHistory(planId: $planId, first: 3) { nodes { id authorId entityType } pageInfo { endCursor hasNextPage } } }`, {
        planId: clinic.planId,
      }),
    ).planHistory;
    expect(first.nodes).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = ok(
      await api.gql(clinic.staff.admin, `query($planId: ID!, $after: String) { planHistory(planId: $planId, first: 100, after: $after) { nodes { id } } }`, {
        planId: clinic.planId,
        after: first.pageInfo.endCursor,
      }),
    ).planHistory;
    const total = await api.prisma.planRevision.count({ where: { planId: clinic.planId } });
    expect(first.nodes.length + next.nodes.length).toBe(total);
    expect(new Set([...first.nodes, ...next.nodes].map((node: any) => node.id)).size).toBe(total);
    const authors = await api.prisma.planRevision.findMany({ where: { planId: clinic.planId, entityType: 'MedicationChange' } });
    expect(authors.map((revision) => revision.authorId)).toEqual([clinic.staff.prescriber]);
  });

  it('should refuse trauma processing until the safety plan is complete and a readiness note is recorded', async () => {
    const before = await plan();
    const refused = failure(
      await api.gql(clinic.staff.therapist, CHANGE_PHASE, { input: { planId: clinic.planId, expectedVersion: before.version, phase: 'TRAUMA_PROCESSING', reason: 'Stable for three weeks' } }),
    );
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phase' });
    expect(refused.extensions.missing).toEqual([
      'safety plan: warning signs',
      'safety plan: coping strategies',
      'safety plan: people and places that help',
      'safety plan: contacts',
      'a readiness note',
    ]);
    expect(refused.message).toContain('a readiness note');
    expect((await plan()).phase).toBe('STABILIZATION');

    const traumaSession = failure(
      await api.gql(clinic.staff.therapist, SCHEDULE, {
        input: {
          planId: clinic.planId,
          therapistId: clinic.staff.therapist,
          type: 'TRAUMA_PROCESSING',
          scheduledStart: new Date(Date.now() + 86_400_000).toISOString(),
          scheduledEnd: new Date(Date.now() + 90_000_000).toISOString(),
        },
      }),
    );
    expect(traumaSession.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type' });

    const safety = ok(
      await api.gql(clinic.staff.therapist, UPDATE_SAFETY, {
        input: {
          planId: clinic.planId,
          expectedVersion: before.safetyPlan.version,
          warningSigns: ['Isolating'],
          copingStrategies: ['Grounding'],
          peopleAndPlaces: ['Library'],
          contacts: [{ name: 'Sister', phone: '555-0100' }],
        },
      }),
    ).updateSafetyPlan.safetyPlan;
    expect(safety).toMatchObject({ isComplete: true, missingSections: [] });
    const stillRefused = failure(
      await api.gql(clinic.staff.therapist, CHANGE_PHASE, { input: { planId: clinic.planId, expectedVersion: before.version, phase: 'TRAUMA_PROCESSING', reason: 'Stable' } }),
    );
    expect(stillRefused.extensions.missing).toEqual(['a readiness note']);

    ok(
      await api.gql(clinic.staff.therapist, ADD_NOTE, {
        input: { planId: clinic.planId, kind: 'READINESS', text: 'Stable, using skills, consents to processing.', noteDate: programDay(0) },
      }),
    );
    const moved = ok(await api.gql(clinic.staff.therapist, CHANGE_PHASE, { input: { planId: clinic.planId, expectedVersion: before.version, phase: 'TRAUMA_PROCESSING', reason: 'Stable' } }))
      .changePhase.plan;
    expect(moved).toEqual({ phase: 'TRAUMA_PROCESSING', version: before.version + 1 });
    const after = await plan();
    expect(after.phaseChanges).toEqual([{ fromPhase: 'STABILIZATION', toPhase: 'TRAUMA_PROCESSING', reason: 'Stable' }]);
    ok(
      await api.gql(clinic.staff.therapist, SCHEDULE, {
        input: {
          planId: clinic.planId,
          therapistId: clinic.staff.therapist,
          type: 'TRAUMA_PROCESSING',
          scheduledStart: new Date(Date.now() + 86_400_000).toISOString(),
          scheduledEnd: new Date(Date.now() + 90_000_000).toISOString(),
        },
      }),
    );
  });

  it('should keep clinical text: an amendment keeps the original, and the database refuses overwrites', async () => {
    const note = ok(await api.gql(clinic.staff.caseManager, ADD_NOTE, { input: { planId: clinic.planId, kind: 'PROGRESS', text: 'Missed the bus twice.', noteDate: programDay(0) } })).addClinicalNote
      .note;
    const notAuthor = failure(await api.gql(clinic.staff.therapist, AMEND_NOTE, { input: { noteId: note.id, text: 'Changed', reason: 'Typo' } }));
    expect(notAuthor.extensions.code).toBe('FORBIDDEN');
    const amendment = ok(await api.gql(clinic.staff.caseManager, AMEND_NOTE, { input: { noteId: note.id, text: 'Missed the bus three times.', reason: 'Miscounted' } })).amendClinicalNote.amendment;
    expect(amendment).toMatchObject({ amendsId: note.id, text: 'Missed the bus three times.' });
    const notes = (await plan()).notes.nodes.filter((row: any) => row.kind === 'PROGRESS');
    expect(notes).toEqual([{ kind: 'PROGRESS', text: 'Missed the bus twice.', amendments: [{ text: 'Missed the bus three times.' }] }]);
    await expect(api.prisma.$executeRaw`UPDATE "ClinicalNote" SET "text" = 'overwritten' WHERE "id" = ${note.id}::uuid`).rejects.toThrow();
    await expect(api.prisma.$executeRaw`DELETE FROM "ClinicalNote" WHERE "id" = ${note.id}::uuid`).rejects.toThrow();
    expect((await api.prisma.clinicalNote.findUnique({ where: { id: note.id } }))?.text).toBe('Missed the bus twice.');
  });

  it('should allow only one open plan per episode, enforced by the database', async () => {
    const refused = failure(
      await api.gql(clinic.staff.therapist, `mutation($episodeId: ID!) { createTreatmentPlan(input: { episodeId: $episodeId }) { plan { id } } }`, { episodeId: clinic.episodeId }),
    );
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'episodeId' });
    const current = await api.prisma.treatmentPlan.findFirstOrThrow({ where: { id: clinic.planId } });
    await expect(
      api.prisma.treatmentPlan.create({
        data: { episodeId: clinic.episodeId, levelOfCare: 'IOP', reviewCadenceDays: 30, nextReviewDate: current.nextReviewDate, createdById: clinic.staff.therapist },
      }),
    ).rejects.toThrow();
  });

  it('should step the level of care down and refer out, each with its reason', async () => {
    const before = await plan();
    const down = ok(
      await api.gql(clinic.staff.therapist, `mutation($input: ChangeLevelOfCareInput!) { changeLevelOfCare(input: $input) { plan { levelOfCare reviewCadenceDays version } } }`, {
        input: { planId: clinic.planId, expectedVersion: before.version, toLevel: 'VIRTUAL_IOP', reason: 'Moved out of town', ratings: asamRatings() },
      }),
    ).changeLevelOfCare.plan;
    expect(down).toEqual({ levelOfCare: 'VIRTUAL_IOP', reviewCadenceDays: 30, version: before.version + 1 });
    const out = ok(
      await api.gql(clinic.staff.therapist, `mutation($input: ChangeLevelOfCareInput!) { changeLevelOfCare(input: $input) { plan { referredOutTo } } }`, {
        input: { planId: clinic.planId, expectedVersion: before.version + 1, referralTo: 'DETOX', reason: 'Withdrawal risk' },
      }),
    ).changeLevelOfCare.plan;
    expect(out.referredOutTo).toBe('DETOX');
    expect((await plan()).levelOfCareChanges).toEqual([
      { fromLevel: 'IOP', toLevel: 'VIRTUAL_IOP', referralTo: null, reason: 'Moved out of town' },
      { fromLevel: 'VIRTUAL_IOP', toLevel: null, referralTo: 'DETOX', reason: 'Withdrawal risk' },
    ]);
  });

  it('should list open tasks for review when a goal changes', async () => {
    const goal = (await plan()).goals[0];
    ok(
      await api.gql(clinic.staff.therapist, `mutation($input: AddTaskInput!) { addTask(input: $input) { task { id } } }`, {
        input: { planId: clinic.planId, title: 'Call the sleep clinic', ownerId: clinic.staff.caseManager, dueDate: programDay(3), goalId: goal.id },
      }),
    );
    const revised = ok(
      await api.gql(clinic.staff.therapist, `mutation($input: ReviseGoalInput!) { reviseGoal(input: $input) { goal { status version } openTasksToReview { title owner { id } } } }`, {
        input: { goalId: goal.id, expectedVersion: goal.version, status: 'REVISED', reason: 'Sleep improved' },
      }),
    ).reviseGoal;
    expect(revised.goal).toEqual({ status: 'REVISED', version: goal.version + 1 });
    expect(revised.openTasksToReview).toEqual([{ title: 'Call the sleep clinic', owner: { id: clinic.staff.caseManager } }]);
  });

  it("should work out a recorded measure's change from the previous score only when the payload asks for it", async () => {
    const record = (selection: string, score: number) =>
      api.countStatements(async () => {
        const input = { planId: clinic.planId, type: 'GAD7', score, administeredAt: new Date().toISOString() };
        const { outcomeMeasure } = ok(
          await api.gql(clinic.staff.therapist, `mutation($input: RecordOutcomeMeasureInput!) { recordOutcomeMeasure(input: $input) { outcomeMeasure { ${selection} } } }`, { input }),
        ).recordOutcomeMeasure;
        expect(outcomeMeasure.score).toBe(score);
        if (selection.includes('changeFromPrevious')) expect(outcomeMeasure.changeFromPrevious).toBe(-4);
      });
    const [plain, withChange] = [await record('id score', 10), await record('id score changeFromPrevious', 6)];
    expect(withChange).toBe(plain + 1);
  });
});
