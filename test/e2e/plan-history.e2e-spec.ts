import type { INestApplicationContext } from '@nestjs/common';
import { ACCESS_RULES } from '@oneplan/access';
import { SweepKind } from '@oneplan/queue';
import { ReminderSweeps } from '@oneplan/reminders';
import { buildClinic, type Clinic, daysFromToday } from '../support/clinic.js';
import { OPERATIONS, type PatientRecord, recordFor } from '../support/operations.js';
import { ok, startTestApi, type TestApi } from '../support/test-api.js';
import { startTestWorker } from '../support/worker.js';

/** Records of a plan: a write naming one of these (or a patient's attendance) changes the plan. */
const PLAN_RECORDS = new Set(['plan', 'problem', 'goal', 'objective', 'task', 'individualSession', 'clinicalNote']);
const PLAN_WRITES = Object.entries(ACCESS_RULES)
  .filter(([name, rule]) => OPERATIONS[name] && /^(add|update|change|revise|record|schedule|amend|create)/.test(name) && rule.scope !== 'node')
  .filter(([, rule]) => (rule.scope === 'patient' && (PLAN_RECORDS.has(rule.target[1]) || rule.target[0] === 'input.episodeId')) || (rule.scope === 'program' && rule.patients))
  .filter(([name]) => name !== 'addCareTeamMember')
  .map(([name]) => name);
const ACTORS = ['therapist', 'prescriber', 'facilitator', 'caseManager'] as const;
const HISTORY = `query($planId: ID!) { planHistory(planId: $planId, first: 100) { nodes { id entityType action authorRule author { id } } } }`;

describe("Every change in the plan's history, with its author (e2e)", () => {
  let api: TestApi;
  let clinic: Clinic;
  let target: PatientRecord;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker();
    clinic = await buildClinic(api);
    target = await recordFor(api, { ...clinic, therapistId: clinic.staff.therapist, facilitatorId: clinic.staff.facilitator, adminId: clinic.staff.admin });
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('should enumerate the plan writes from the access rules', () => {
    expect(PLAN_WRITES).toEqual(expect.arrayContaining(['createTreatmentPlan', 'addGoal', 'recordMedicationChange', 'recordGroupAttendance', 'amendClinicalNote', 'updateTask']));
    expect(PLAN_WRITES.length).toBeGreaterThanOrEqual(22);
  });

  it.each(PLAN_WRITES)('should show %s in planHistory with the staff member who made it', async (mutation) => {
    let done: { actor: string; data: Record<string, any> } | undefined;
    for (const key of ACTORS) {
      const actor = clinic.staff[key];
      const { document, variables } = await OPERATIONS[mutation](api, target, actor);
      const response = await api.gql(actor, document, variables);
      if (!response.errors) {
        done = { actor, data: response.data! };
        break;
      }
    }
    expect(done).toBeDefined();
    const since = new Date(Date.now() - 5_000);
    const revisions = await api.prisma.planRevision.findMany({ where: { authorId: done!.actor, createdAt: { gte: since } }, orderBy: { createdAt: 'desc' }, take: 1 });
    expect(revisions).toHaveLength(1);
    const history = ok(await api.gql(done!.actor, HISTORY, { planId: revisions[0].planId })).planHistory.nodes;
    expect(history).toContainEqual(expect.objectContaining({ id: revisions[0].id, authorRule: null, author: { id: done!.actor } }));
  });

  it('should show a task a reminder opened, with the rule as its author', async () => {
    await api.prisma.treatmentPlan.update({ where: { id: clinic.planId }, data: { nextReviewDate: daysFromToday(-1) } });
    await worker.get(ReminderSweeps).runSweep(SweepKind.Reviews);
    const history = ok(await api.gql(clinic.staff.therapist, HISTORY, { planId: clinic.planId })).planHistory.nodes;
    expect(history).toContainEqual(expect.objectContaining({ entityType: 'TASK', action: 'CREATED', authorRule: `sweep:${SweepKind.Reviews}`, author: null }));
    const audited = await api.prisma.auditEvent.count({ where: { operation: `rule:sweep:${SweepKind.Reviews}`, patientId: clinic.patientId, access: 'WRITE', outcome: 'ALLOWED' } });
    expect(audited).toBe(1);
    // A second sweep opens nothing new and writes nothing.
    await worker.get(ReminderSweeps).runSweep(SweepKind.Reviews);
    expect(await api.prisma.planRevision.count({ where: { planId: clinic.planId, authorRule: `sweep:${SweepKind.Reviews}` } })).toBe(1);
  });
});
