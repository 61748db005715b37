import { buildClinic, isoDate, programDay, startMedication, type Clinic } from '../support/clinic.js';
import { failure, ok, startTestApi, type TestApi } from '../support/test-api.js';

const WRITERS = 20;
const REVISE_GOAL = `mutation($input: ReviseGoalInput!) { reviseGoal(input: $input) { goal { statement version } } }`;
const SAFETY = `query($id: ID!) { treatmentPlan(id: $id) { safetyPlan { version warningSigns } } }`;
const UPDATE_SAFETY = `mutation($input: UpdateSafetyPlanInput!) { updateSafetyPlan(input: $input) { safetyPlan { version warningSigns } } }`;

describe('Concurrent edits by several disciplines (e2e)', () => {
  let api: TestApi;
  let clinic: Clinic;
  /** Everyone on the team (notes, measures) and those who may edit goals (therapists). */
  let staff: string[];
  let therapists: string[];

  beforeAll(async () => {
    api = await startTestApi();
    clinic = await buildClinic(api);
    staff = [clinic.staff.therapist, clinic.staff.cotherapist, clinic.staff.prescriber, clinic.staff.caseManager, clinic.staff.facilitator];
    therapists = [clinic.staff.therapist, clinic.staff.cotherapist];
  });
  afterAll(() => api.close());

  const addGoal = async (statement: string) => {
    const problem = ok(
      await api.gql(clinic.staff.therapist, `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }`, {
        input: { planId: clinic.planId, title: statement, description: 'x', category: 'TRAUMA' },
      }),
    ).addProblem.problem;
    return ok(
      await api.gql(clinic.staff.therapist, `mutation($input: AddGoalInput!) { addGoal(input: $input) { goal { id version } } }`, {
        input: { planId: clinic.planId, statement, problemIds: [problem.id], ownerId: clinic.staff.therapist },
      }),
    ).addGoal.goal;
  };

  it('should let exactly one of many editors of the same goal win and tell the others the current version', async () => {
    const goal = await addGoal('Original statement');
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, index) =>
        api.gql(therapists[index % therapists.length], REVISE_GOAL, { input: { goalId: goal.id, expectedVersion: goal.version, statement: `Statement by writer ${index}` } }),
      ),
    );
    const winners = results.filter((result) => !result.errors);
    const conflicts = results.filter((result) => result.errors);
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(WRITERS - 1);
    for (const conflict of conflicts) expect(failure(conflict).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: goal.version + 1, entity: 'Goal' });
    const stored = await api.prisma.goal.findUniqueOrThrow({ where: { id: goal.id } });
    expect(stored.statement).toBe(winners[0].data!.reviseGoal.goal.statement);
    expect(await api.prisma.planRevision.count({ where: { entityId: goal.id, action: 'UPDATED' } })).toBe(1);
  });

  it('should lose no update when many editors retry on conflict', async () => {
    const appendSign = async (sign: string) => {
      for (;;) {
        const { safetyPlan } = ok(await api.gql(clinic.staff.therapist, SAFETY, { id: clinic.planId })).treatmentPlan;
        const result = await api.gql(clinic.staff.cotherapist, UPDATE_SAFETY, {
          input: { planId: clinic.planId, expectedVersion: safetyPlan.version, warningSigns: [...safetyPlan.warningSigns, sign] },
        });
        if (!result.errors) return;
        expect(failure(result).extensions.code).toBe('CONFLICT');
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, index) => appendSign(`sign ${index}`)));
    const { safetyPlan } = ok(await api.gql(clinic.staff.therapist, SAFETY, { id: clinic.planId })).treatmentPlan;
    expect([...safetyPlan.warningSigns].sort()).toEqual(Array.from({ length: WRITERS }, (_, index) => `sign ${index}`).sort());
    expect(await api.prisma.planRevision.count({ where: { planId: clinic.planId, entityType: 'SafetyPlan' } })).toBe(WRITERS);
  });

  it('should never make additions conflict with each other or with edits of other items', async () => {
    const goals = await Promise.all(Array.from({ length: 5 }, (_, index) => addGoal(`Goal ${index}`)));
    const start = new Date(Date.now() - 86_400_000);
    const writes = [
      ...goals.map((goal, index) => () => api.gql(therapists[index % therapists.length], REVISE_GOAL, { input: { goalId: goal.id, expectedVersion: goal.version, status: 'ACTIVE' } })),
      ...Array.from(
        { length: WRITERS },
        (_, index) => () =>
          api.gql(staff[index % staff.length], `mutation($input: AddClinicalNoteInput!) { addClinicalNote(input: $input) { note { id } } }`, {
            input: { planId: clinic.planId, goalId: goals[index % 5].id, kind: 'PROGRESS', text: `Note ${index}`, noteDate: programDay(0) },
          }),
      ),
      ...Array.from({ length: WRITERS }, (_, index) => () => startMedication(api, clinic, `Medication ${index}`, start)),
      ...Array.from(
        { length: WRITERS },
        (_, index) => () =>
          api.gql(staff[index % staff.length], `mutation($input: RecordOutcomeMeasureInput!) { recordOutcomeMeasure(input: $input) { outcomeMeasure { id } } }`, {
            input: { planId: clinic.planId, type: 'CRAVING', score: index % 11, administeredAt: new Date(start.getTime() + index * 1000).toISOString() },
          }),
      ),
    ];
    const results = await Promise.all(writes.map((write) => write()));
    expect(results.filter((result) => result.errors)).toEqual([]);
    expect(await api.prisma.clinicalNote.count({ where: { planId: clinic.planId, text: { startsWith: 'Note ' } } })).toBe(WRITERS);
    expect(await api.prisma.medicationChange.count({ where: { planId: clinic.planId } })).toBe(WRITERS);
    expect(await api.prisma.outcomeMeasure.count({ where: { planId: clinic.planId } })).toBe(WRITERS);
    expect(await api.prisma.goal.count({ where: { id: { in: goals.map((goal) => goal.id) }, status: 'ACTIVE', version: 2 } })).toBe(5);
  });

  it('should keep 1,000 concurrent edits by 3 roles of 10 items apart: conflicts only on the same item, no update lost', async () => {
    const ITEMS = 10;
    const ROUNDS = 10;
    const EDITORS_PER_ITEM = 10;
    const roles = [clinic.staff.therapist, clinic.staff.prescriber, clinic.staff.caseManager];
    const ADD_TASK = `mutation($input: AddTaskInput!) { addTask(input: $input) { task { id version } } }`;
    const UPDATE_TASK = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { task { id version dueDate } } }`;
    const tasks = await Promise.all(
      Array.from(
        { length: ITEMS },
        async (_, index) =>
          ok(await api.gql(clinic.staff.therapist, ADD_TASK, { input: { planId: clinic.planId, title: `Item ${index}`, ownerId: clinic.staff.therapist, dueDate: programDay(1) } })).addTask.task,
      ),
    );
    const dueDate = (round: number, editor: number) => programDay(2 + round * EDITORS_PER_ITEM + editor);
    let edits = 0;
    const winners: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Every editor of an item names the version they read: one wins, the others are told the new version.
      const results = await Promise.all(
        tasks.flatMap((task, item) =>
          Array.from({ length: EDITORS_PER_ITEM }, async (_, editor) => {
            const response = await api.gql(roles[(item + editor) % roles.length], UPDATE_TASK, { input: { taskId: task.id, expectedVersion: round + 1, dueDate: dueDate(round, editor) } });
            return { item, response };
          }),
        ),
      );
      edits += results.length;
      for (let item = 0; item < ITEMS; item++) {
        const ofItem = results.filter((result) => result.item === item);
        const won = ofItem.filter(({ response }) => !response.errors);
        expect(won).toHaveLength(1);
        for (const { response } of ofItem.filter((result) => result.response.errors)) expect(failure(response).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: round + 2 });
        if (round === ROUNDS - 1) winners[item] = won[0].response.data!.updateTask.task.dueDate;
      }
    }
    expect(edits).toBe(ITEMS * EDITORS_PER_ITEM * ROUNDS);
    const stored = await api.prisma.task.findMany({ where: { id: { in: tasks.map((task) => task.id) } } });
    for (const [item, task] of tasks.entries()) {
      const row = stored.find((candidate) => candidate.id === task.id)!;
      expect({ version: row.version, dueDate: isoDate(row.dueDate) }).toEqual({ version: ROUNDS + 1, dueDate: winners[item] });
      expect(await api.prisma.planRevision.count({ where: { entityId: task.id, action: 'UPDATED' } })).toBe(ROUNDS);
    }
  }, 120_000);
});
