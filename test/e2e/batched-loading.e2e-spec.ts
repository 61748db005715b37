import { fillPlan, PLAN_READ_STATEMENTS, REALISTIC_PLAN, scaled } from '../../bench/plan-fixture.js';
import { addPatient, buildClinic, type Clinic, PLAN_QUERY } from '../support/clinic.js';
import { ok, startTestApi, type TestApi } from '../support/test-api.js';

/** As nested as the query cost budget lets a page of twenty plans be. */
const CASELOAD = `{ caseload(first: 20) { nodes { id goals { objectives { id } } medicationChanges(first: 5) { nodes { goals { id } } } attendance(first: 5) { nodes { groupSession { id } } } } } }`;

describe('Batched loading (e2e)', () => {
  let api: TestApi;
  let small: Clinic;
  let large: Clinic;

  const fill = (clinic: Clinic, factor: number) =>
    fillPlan(
      api.prisma,
      {
        planId: clinic.planId,
        patientId: clinic.patientId,
        programId: clinic.programId,
        therapistId: clinic.staff.therapist,
        facilitatorId: clinic.staff.facilitator,
        prescriberId: clinic.staff.prescriber,
      },
      scaled(REALISTIC_PLAN, factor),
    );

  beforeAll(async () => {
    api = await startTestApi();
    small = await buildClinic(api);
    large = await buildClinic(api);
    await fill(small, 1);
    await fill(large, 10);
  });
  afterAll(() => api.close());

  const readPlan = async (clinic: Clinic) => {
    let plan: any;
    const statements = await api.countStatements(async () => {
      plan = ok(await api.gql(clinic.staff.therapist, PLAN_QUERY, { patientId: clinic.patientId })).patientPlan;
    });
    return { plan, statements };
  };

  it('should read a plan ten times larger with the same number of SQL statements', async () => {
    // A process's first read of each kind of record runs alone (it learns the columns); later ones share statements.
    const first = await readPlan(large);
    const one = await readPlan(small);
    const ten = await readPlan(large);
    expect(one.plan.goals).toHaveLength(REALISTIC_PLAN.goals);
    expect(ten.plan.goals).toHaveLength(REALISTIC_PLAN.goals * 10);
    // The lists are pages (at most 100 items), so the larger plan fills each page the query asks for.
    expect(ten.plan.attendance.nodes).toHaveLength(100);
    expect(ten.plan.individualSessions.nodes).toHaveLength(20);
    expect(ten.plan.medicationChanges.nodes).toHaveLength(20);
    expect(ten.plan.history.nodes).toHaveLength(50);
    expect(ten.statements).toBe(one.statements);
    expect(one.statements).toBeLessThanOrEqual(PLAN_READ_STATEMENTS);
    expect(ten.plan).toEqual(first.plan);
  });

  it('should read a caseload of twenty plans with as many statements as a caseload of two', async () => {
    await api.gql(small.staff.therapist, CASELOAD);
    const twoPlans = await api.countStatements(async () => expect(ok(await api.gql(small.staff.therapist, CASELOAD)).caseload.nodes).toHaveLength(1));
    for (let i = 0; i < 19; i++) {
      const patient = await addPatient(api, small.programId, small.staff);
      await fillPlan(
        api.prisma,
        { ...patient, programId: small.programId, therapistId: small.staff.therapist, facilitatorId: small.staff.facilitator, prescriberId: small.staff.prescriber },
        { goals: 2, attendance: 3, sessions: 2, medicationChanges: 2, revisions: 2 },
      );
    }
    const twentyPlans = await api.countStatements(async () => expect(ok(await api.gql(small.staff.therapist, CASELOAD)).caseload.nodes).toHaveLength(20));
    expect(twentyPlans).toBe(twoPlans);
  });
});
