import { execFileSync } from 'node:child_process';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, getNullableType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, isInterfaceType, isLeafType, isListType, isNonNullType, isObjectType } from 'graphql';
import { ok, startTestApi, type TestApi } from '../support/test-api.js';

/** The most a response may weigh per unit of cost it was charged (README: query limits). */
const MAX_BYTES_PER_COST = 64;

/** Every field of a type, nested `depth` levels, skipping fields whose arguments have no default. */
function selectAll(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined));
  const parts = fields.flatMap((field) => {
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (depth <= 1 || !isObjectType(named)) return [];
    return [`${field.name} { ${selectAll(named, depth - 1)} }`];
  });
  return parts.length ? parts.join(' ') : '__typename';
}

/** A list field of records that has neither a page size nor a declared realistic length. */
function uncosted(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Subscription') continue;
    for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) {
      const list = isListType(getNullableType(field.type)) && isObjectType(getNamedType(field.type));
      const paged = field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
      if (list && !paged && field.extensions.complexity === undefined) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing;
}

describe('What a query is charged against what it returns, on the demo clinic (e2e)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    execFileSync(process.execPath, ['dist/prisma/seed.js'], { env: { ...process.env, LOG_LEVEL: 'silent' }, stdio: 'pipe' });
  });
  afterAll(() => api.close());

  it('should give every list of records a page size or a realistic length (an uncosted list would refuse every query that selects it)', () => {
    expect(uncosted(api.app.get(GraphQLSchemaHost).schema)).toEqual([]);
  });

  it(`should never return more than ${MAX_BYTES_PER_COST} bytes per unit of cost across the schema's queries`, async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const query = schema.getQueryType()!;
    const admin = await api.prisma.staffMember.findFirstOrThrow({ where: { email: 'ruth.castellanos@riverbend.example' } });
    const therapist = await api.prisma.staffMember.findFirstOrThrow({ where: { email: 'maya.okafor@riverbend.example' } });
    const plans = await api.prisma.treatmentPlan.findMany({ where: { episode: { programId: admin.programId! }, status: { not: 'CLOSED' } }, include: { episode: true } });
    const from = new Date(Date.now() - 90 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const byPatient = plans.map((plan) => ({ patientId: plan.episode.patientId, planId: plan.id }));
    const goals = await api.prisma.goal.findMany({ where: { planId: { in: plans.map((plan) => plan.id) } }, take: 100 });
    const argsFor: Record<string, Array<Record<string, unknown>>> = {
      caseload: [{ staffId: therapist.id }],
      consents: byPatient,
      disclosures: byPatient,
      emergencyAccesses: byPatient,
      patient: byPatient.map(({ patientId }) => ({ id: patientId })),
      patientPlan: byPatient,
      patientAccessHistory: byPatient,
      patientAttendance: byPatient.map((ids) => ({ ...ids, from, to })),
      planHistory: byPatient,
      treatmentPlan: byPatient.map(({ planId }) => ({ id: planId })),
      groupSessions: [{ programId: admin.programId, from, to }],
      groupSchedules: [{ programId: admin.programId }],
      myGroupWeek: [{}],
      patients: [{ programId: admin.programId }],
      program: [{ id: admin.programId }],
      staffAccessLog: [{ staffId: therapist.id }],
      webhookDeliveries: [{ programId: admin.programId }],
      me: [{}],
      organization: [{}],
      programs: [{}],
      myNotifications: [{}],
      myTasks: [{}],
      myAgenda: [{}],
      unreadNotificationCount: [{}],
      failedReminderJobs: [{}],
      episodes: byPatient,
      intakeAssessments: byPatient,
      myReferralFollowUps: [{}],
      planTemplates: [{ programId: admin.programId }],
      previewPlanTemplate: [],
      episode: plans.map((plan) => ({ id: plan.episodeId })),
      node: plans.map((plan) => ({ id: plan.id })),
      nodes: [{ ids: [...plans.map((plan) => plan.id), ...goals.map((goal) => goal.id)].slice(0, 100) }],
    };
    const rows: Array<{ field: string; cost: number; bytes: number }> = [];
    for (const field of Object.values(query.getFields())) {
      const named = getNamedType(field.type);
      const cases = argsFor[field.name];
      expect(cases).toBeDefined();
      for (const values of cases) {
        const args = field.args.filter((arg) => values[arg.name] !== undefined || (arg.name === 'patientId' && values.patientId) || (arg.name === 'planId' && values.planId));
        const declared = args.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
        const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        const variables = Object.fromEntries(args.map((arg) => [arg.name, values[arg.name]]));
        const actor = field.name === 'caseload' ? therapist.id : admin.id;
        // The deepest full selection the limits admit.
        for (let depth = 5; depth >= 1; depth--) {
          const selection = isObjectType(named) ? ` { ${selectAll(named, depth)} }` : isInterfaceType(named) ? ' { __typename id }' : '';
          const document = `query${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
          const response = await api.gql(actor, document, variables);
          if (response.errors?.some((error) => error.extensions.code === 'QUERY_LIMIT_EXCEEDED') && depth > 1) continue;
          ok(response);
          rows.push({ field: field.name, cost: response.extensions!.cost.requested, bytes: JSON.stringify(response.data).length });
          break;
        }
      }
    }
    const worst = rows.reduce((a, b) => (b.bytes / Math.max(b.cost, 1) > a.bytes / Math.max(a.cost, 1) ? b : a));
    process.stdout.write(
      `Cost against bytes: ${rows.length} queries over ${new Set(rows.map((row) => row.field)).size} root fields; at most ${(worst.bytes / Math.max(worst.cost, 1)).toFixed(1)} bytes per cost unit (${worst.field}: ${worst.bytes} bytes for cost ${worst.cost})\n`,
    );
    for (const row of rows) expect(row.bytes / Math.max(row.cost, 1)).toBeLessThanOrEqual(MAX_BYTES_PER_COST);
  }, 120_000);
});
