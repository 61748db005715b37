import request from 'supertest';
import { useClinic } from '../support/clinic.js';
import { type TestApi } from '../support/test-api.js';

/** A query nesting exactly `depth` levels, through object fields only (so its cost stays small). */
function nested(depth: number): string {
  const chain = ['episode', 'patient', 'currentPlan'];
  let body = 'id';
  for (let level = depth - 2; level > 0; level--) body = `${chain[(level - 1) % 3]} { ${body} }`;
  return `query($patientId: ID!) { patientPlan(patientId: $patientId) { ${body} } }`;
}

const costly = (first: number) =>
  `query($programId: ID!) { patients(programId: $programId, first: ${first}) { nodes { currentPlan { goals { objectives { id description } interventions { id } } } } } }`;

describe('Query limits (e2e)', () => {
  const { api, clinic } = useClinic();

  const run = (query: string, variables: Record<string, unknown> = {}) => api.gql(clinic.staff.therapist, query, variables);
  const limitOf = (response: Awaited<ReturnType<TestApi['gql']>>) => response.errors?.find((error) => error.extensions.code === 'QUERY_LIMIT_EXCEEDED')?.extensions;

  it('should allow a query 12 levels deep and refuse one 13 levels deep before running it', async () => {
    const under = await run(nested(12), { patientId: clinic.patientId });
    expect(under.errors).toBeUndefined();
    const statements = await api.countStatements(async () => {
      expect(limitOf(await run(nested(13), { patientId: clinic.patientId }))).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth', maximum: 12, actual: 13, requestId: expect.any(String) });
    });
    // None: the token is checked without the database, and the document is refused before anything runs.
    expect(statements).toBe(0);
  });

  it('should weigh lists by their page size and refuse a query over the cost budget', async () => {
    const probe = limitOf(await run(costly(100), { programId: clinic.programId }));
    expect(probe).toMatchObject({ limit: 'cost', maximum: 25000 });
    const perPatient = (probe!.actual - 1) / 100;
    const justUnder = Math.floor((25000 - 1) / perPatient);
    const allowed = await run(costly(justUnder), { programId: clinic.programId });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.extensions).toEqual({ cost: { requested: 1 + justUnder * perPatient, maximum: 25000 } });
    expect(limitOf(await run(costly(justUnder + 1), { programId: clinic.programId }))).toMatchObject({ limit: 'cost', actual: 1 + (justUnder + 1) * perPatient });
  });

  it('should allow 15 aliases and refuse 16', async () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: me { id }`).join(' ')} }`;
    expect((await run(aliases(15))).errors).toBeUndefined();
    expect(limitOf(await run(aliases(16)))).toMatchObject({ limit: 'aliases', maximum: 15, actual: 16 });
  });

  it('should allow 3 operations in a request and refuse 4, and refuse batched requests', async () => {
    const operations = (count: number) => Array.from({ length: count }, (_, index) => `query Q${index} { me { id } }`).join('\n');
    const token = await api.tokenFor(clinic.staff.therapist);
    const post = (body: object) => request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`).send(body);
    expect((await post({ query: operations(3), operationName: 'Q0' })).body.errors).toBeUndefined();
    expect((await post({ query: operations(4), operationName: 'Q0' })).body.errors[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'operations', maximum: 3, actual: 4 });
    const batch = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(batch.status).toBe(400);
    expect(batch.text).not.toContain('"data"');
  });

  it('should accept a body just under 100 KB and refuse one over it without reading further', async () => {
    const token = await api.tokenFor(clinic.staff.therapist);
    const post = (padding: number) =>
      request(api.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${token}`)
        .send(JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(padding) } }));
    const under = await post(100 * 1024 - 200);
    expect(under.status).toBe(200);
    expect(under.body.errors).toBeUndefined();
    const over = await post(100 * 1024 + 10);
    expect(over.status).toBe(413);
    expect(over.text).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('should run nothing a cross-site form could send, and keep introspection and the GraphiQL page on outside production', async () => {
    // A form can send neither the bearer token (a header needing a CORS preflight) nor a JSON body.
    const form = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: '{ me { id } }' }));
    expect(form.status).toBe(401);
    const token = await api.tokenFor(clinic.staff.therapist);
    const simple = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'text/plain')
      .set('authorization', `Bearer ${token}`)
      .send(JSON.stringify({ query: '{ me { id } }' }));
    expect(simple.status).toBe(400);
    expect(simple.body.data).toBeUndefined();
    const getWithoutToken = await request(api.app.getHttpServer()).get('/graphql').query({ query: '{ me { id } }' }).set('accept', 'application/json');
    expect(getWithoutToken.status).toBe(401);
    const introspection = await run('{ __schema { queryType { name } } }');
    expect(introspection.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await request(api.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(page.text).toMatch(/<html/i);
  });
});
