import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, type GraphQLInputType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { ACCESS_RULES } from '@oneplan/access';
import { buildClinic, type Clinic, daysFromToday } from '../support/clinic.js';
import { databaseSnapshot, groupSchedule, OPERATIONS, support, type PatientRecord, recordFor } from '../support/operations.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/** Every id-valued input field of every mutation, from the committed schema: [mutation, path, list]. */
function idInputs(): Array<[string, string, boolean]> {
  const schema = buildSchema(readFileSync('apps/api/schema.gql', 'utf8'));
  const found: Array<[string, string, boolean]> = [];
  const walk = (mutation: string, type: GraphQLInputType, path: string) => {
    const inner = isNonNullType(type) ? type.ofType : type;
    const named = getNamedType(type);
    if (named.name === 'ID') found.push([mutation, path, isListType(inner)]);
    else if (isInputObjectType(named)) for (const field of Object.values(named.getFields())) walk(mutation, field.type, `${path}${isListType(inner) ? '.0' : ''}.${field.name}`);
  };
  for (const field of Object.values(schema.getMutationType()!.getFields())) for (const arg of field.args) walk(field.name, arg.type, arg.name);
  return found;
}

/** markNotificationsRead's ids only ever touch the actor's own inbox (another's id counts as not marked). */
const INBOX = new Set(['markNotificationsRead ids']);
const CASES = idInputs().filter(([mutation, path]) => !INBOX.has(`${mutation} ${path}`));
const ACTORS = ['therapist', 'prescriber', 'facilitator', 'caseManager', 'admin', 'outsider'] as const;

/** Sets the value at a dotted path (numeric steps index lists), creating what is missing. */
function withValue(variables: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(variables);
  const steps = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const step of steps.slice(0, -1)) at = (at[step] ??= {}) as Record<string, unknown>;
  at[steps.at(-1)!] = value;
  return copy;
}

describe('Ids a write names from another program (e2e, generated from the schema)', () => {
  let api: TestApi;
  let clinic: Clinic;
  let target: PatientRecord;
  /** One record of each kind in another program, by the input field name that names it. */
  const elsewhere: Record<string, string> = {};
  const actorFor = new Map<string, string>();

  beforeAll(async () => {
    api = await startTestApi();
    clinic = await buildClinic(api);
    target = await recordFor(api, { ...clinic, therapistId: clinic.staff.therapist, facilitatorId: clinic.staff.facilitator, adminId: clinic.staff.admin });
    const other = await buildClinic(api, 'PHP');
    const b = await recordFor(api, { ...other, therapistId: other.staff.therapist, facilitatorId: other.staff.facilitator, adminId: other.staff.admin });
    const by = other.staff.therapist;
    const objective = await api.prisma.objective.create({ data: { goalId: b.goalId, description: 'x', measuredBy: 'x', target: 1, targetDate: daysFromToday(10), createdById: by } });
    const task = await api.prisma.task.create({ data: { planId: b.planId, title: 'x', ownerId: by, dueDate: daysFromToday(2), createdById: by } });
    const session = await api.prisma.individualSession.create({
      data: { planId: b.planId, therapistId: by, type: 'THERAPY', scheduledStart: daysFromToday(1), scheduledEnd: daysFromToday(2), createdById: by },
    });
    const medication = await api.prisma.medicationChange.create({
      data: { planId: b.planId, medicationName: 'x', dose: '1 mg', route: 'oral', frequency: 'daily', changeType: 'START', reason: 'x', effectiveAt: new Date(), prescriberId: other.staff.prescriber },
    });
    const note = await api.prisma.clinicalNote.create({ data: { planId: b.planId, kind: 'PROGRESS', text: 'x', noteDate: daysFromToday(0), authorId: by } });
    const membership = await api.prisma.careTeamMember.findFirstOrThrow({ where: { episodeId: other.episodeId } });
    const consent = await api.prisma.consent.findFirstOrThrow({ where: { patientId: other.patientId } });
    const imported = await api.prisma.patientImport.create({
      data: { patientId: b.patientId, programId: b.programId, planId: b.planId, source: 'EHR', matchedBy: 'IDENTIFIER', importedById: other.staff.admin },
    });
    const assessment = await api.prisma.intakeAssessment.create({
      data: {
        patientId: b.patientId,
        programId: b.programId,
        assessedById: by,
        presentingConcerns: 'x',
        substanceUse: [],
        withdrawalRisk: false,
        asamRatings: [],
        recommendedLevel: 'IOP',
        recommendationReasons: [],
      },
    });
    const planTemplate = await api.prisma.planTemplate.create({
      data: { programId: b.programId, name: 'Elsewhere', description: 'x', content: { problems: [], goals: [], tasks: [] }, createdById: by },
    });
    const schedule = await groupSchedule(api, b);
    const enrollment = await api.prisma.groupEnrollment.create({ data: { scheduleId: schedule.id, patientId: b.patientId, planId: b.planId, fromDate: schedule.startsOn, enrolledById: by } });
    const theirSupport = await support(api, b);
    const importedItem = await api.prisma.importedItem.create({ data: { importId: imported.id, planId: b.planId, kind: 'CONDITION', display: 'x', sourceReference: 'Condition/1' } });
    Object.assign(elsewhere, {
      planId: b.planId,
      episodeId: b.episodeId,
      patientId: b.patientId,
      problemId: b.problemId,
      problemIds: b.problemId,
      goalId: b.goalId,
      goalIds: b.goalId,
      objectiveId: objective.id,
      taskId: task.id,
      individualSessionId: session.id,
      sessionId: session.id,
      medicationChangeId: medication.id,
      noteId: note.id,
      membershipId: membership.id,
      consentId: consent.id,
      importedItemId: importedItem.id,
      assessmentId: assessment.id,
      templateId: planTemplate.id,
      handoffToIds: other.staff.cotherapist,
      programId: b.programId,
      staffId: other.staff.cotherapist,
      ownerId: other.staff.cotherapist,
      therapistId: other.staff.cotherapist,
      facilitatorId: other.staff.facilitator,
      groupSessionId: b.groupSessionId,
      facilitatorIds: other.staff.facilitator,
      scheduleId: schedule.id,
      enrollmentId: enrollment.id,
      supportId: theirSupport.id,
      supportIds: theirSupport.id,
    });
    // Who may make each write as it stands (the plain call must succeed, so a refusal below is the id's doing).
    for (const mutation of new Set(CASES.map(([name]) => name))) {
      for (const key of ACTORS) {
        const actor = clinic.staff[key];
        const { document, variables } = await OPERATIONS[mutation](api, target, actor);
        if (!(await api.gql(actor, document, variables)).errors) {
          actorFor.set(mutation, actor);
          break;
        }
      }
    }
  }, 120_000);
  afterAll(() => api.close());

  it('should cover every id field of every mutation with a record of another program', () => {
    expect(CASES.length).toBeGreaterThan(50);
    expect(CASES.filter(([, path]) => !elsewhere[path.split('.').at(-1)!])).toEqual([]);
    expect([...new Set(CASES.map(([name]) => name))].filter((name) => !actorFor.has(name))).toEqual([]);
  });

  it.each(CASES)("should refuse %s naming another program's record in %s as NOT_FOUND, audited, writing nothing", async (mutation, path, list) => {
    const actor = actorFor.get(mutation)!;
    const { document, variables } = await OPERATIONS[mutation](api, target, actor);
    const field = path.split('.').at(-1)!;
    const foreign = elsewhere[field];
    const before = await databaseSnapshot(api);
    const response = await api.gql(actor, document, withValue(variables, path, list ? [foreign] : foreign));
    const error = response.errors?.[0];
    expect(error?.extensions.code).toBe('NOT_FOUND');
    const rule = ACCESS_RULES[mutation];
    const expectedField = rule.scope !== 'node' && rule.target?.[0] === path ? field : path.replace(/^input\./, '');
    expect(error?.extensions.field).toBe(expectedField);
    const events = await api.prisma.auditEvent.findMany({ where: { requestId: error?.extensions.requestId } });
    expect(events.map((event) => [event.operation, event.outcome])).toContainEqual([mutation, 'REFUSED']);
    expect(events.filter((event) => event.outcome === 'ALLOWED')).toEqual([]);
    expect(await databaseSnapshot(api)).toEqual(before);
  });
});
