import request from 'supertest';
import { getIntrospectionQuery } from 'graphql';
import { deepNesting, fanOut, fragmentCycle, manyAliases, manyDirectives, manyFragments, nestedInlineFragments, nestedRepeats, padded, sameField } from '../support/adversarial.js';
import { PLAN_QUERY, useClinic } from '../support/clinic.js';

type Response = request.Response;

/**
 * The quickest of three tries after a warm-up (the test process compiles graphql-js's code paths on first
 * use; a running server has): noise on a shared machine only ever adds time, while exponential work never
 * goes away. Each try sends a text of its own, so no document cache spares any of the work.
 */
async function quickest(send: (variant: number) => Promise<Response>): Promise<{ ms: number; response: Response }> {
  await send(-1);
  let best: { ms: number; response: Response } | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = performance.now();
    const response = await send(attempt);
    const ms = performance.now() - started;
    if (!best || ms < best.ms) best = { ms, response };
  }
  return best!;
}

describe('The GraphQL front door (e2e)', () => {
  const { api, clinic } = useClinic();
  let token: string;
  beforeAll(async () => {
    token = await api.tokenFor(clinic.staff.therapist);
  });

  const post = (body: unknown, signedIn = true) => {
    const call = request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (signedIn) call.set('authorization', `Bearer ${token}`);
    return call.send(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const codeOf = (response: Response) => response.body.errors?.[0]?.extensions?.code;

  /**
   * Sends a document as `quickest` does, probing /health/live during each try: the slowest probe of the try that
   * blocked least (as for the answer's time, a busy machine only adds delay; a blocked event loop blocks
   * every try).
   */
  async function alongsideHealth(send: (variant: number) => Promise<Response>) {
    await send(-2);
    let slowestProbe = Infinity;
    const result = await quickest(async (variant) => {
      let sending = true;
      let slowest = 0;
      const probes = (async () => {
        while (sending) {
          const started = performance.now();
          await request(api.app.getHttpServer()).get('/health/live').expect(200);
          slowest = Math.max(slowest, performance.now() - started);
        }
      })();
      const response = await send(variant);
      sending = false;
      await probes;
      if (variant >= 0) slowestProbe = Math.min(slowestProbe, slowest);
      return response;
    });
    return { ...result, slowestProbe };
  }

  describe('adversarial documents', () => {
    const timings: Array<[string, number]> = [];
    afterAll(() => {
      const [name, ms] = timings.reduce((worst, timing) => (timing[1] > worst[1] ? timing : worst), ['none', 0]);
      process.stdout.write(`Adversarial documents: ${timings.length} answered, the longest in ${ms.toFixed(1)} ms (${name}); /health/live never waited 100 ms\n`);
    });
    // [what, document, code, HTTP status]: refused before validation (400), or valid and run (200).
    const cases: Array<[string, string, string, number?]> = [
      ['a fan-out of 22 fragments', fanOut(22), 'QUERY_LIMIT_EXCEEDED'],
      ['a fan-out of 30 fragments', fanOut(30), 'QUERY_LIMIT_EXCEEDED'],
      ['a fan-out of 60 fragments', fanOut(60), 'QUERY_LIMIT_EXCEEDED'],
      ['a fan-out of 60 fragments over a field', fanOut(60, 'me { id }'), 'QUERY_LIMIT_EXCEEDED'],
      ['one field selected 490 times', sameField(490), 'QUERY_LIMIT_EXCEEDED'],
      ['220 fragments spread into one selection', manyFragments(220), 'QUERY_LIMIT_EXCEEDED'],
      ['fields nested 300 levels', deepNesting(300), 'QUERY_LIMIT_EXCEEDED'],
      ['inline fragments nested 600 levels', nestedInlineFragments(600), 'QUERY_LIMIT_EXCEEDED'],
      ['a field with 900 directives', manyDirectives(900), 'QUERY_LIMIT_EXCEEDED'],
      ['490 aliases', manyAliases(490), 'QUERY_LIMIT_EXCEEDED'],
      ['repeated fields inside repeated fields', nestedRepeats(2, 6, 30), 'QUERY_LIMIT_EXCEEDED'],
      ['repeated fields at the repeat limit on every level', nestedRepeats(1, 1, 30), 'NOT_FOUND', 200],
      ['two fragments spreading each other', fragmentCycle(), 'GRAPHQL_VALIDATION_FAILED'],
      ['a document at the body limit', padded(100 * 1024 - 100), 'QUERY_LIMIT_EXCEEDED'],
      ['a fan-out of 2,000 fragments at the body limit', fanOut(2000), 'QUERY_LIMIT_EXCEEDED'],
    ];

    it.each(cases)('should answer %s in under 100 ms without blocking /health/live, signed in', async (name, query, code, status = 400) => {
      const { ms, response, slowestProbe } = await alongsideHealth((variant) => post({ query: `${query}\n# ${variant}` }));
      timings.push([`${name}, signed in`, ms]);
      expect(response.status).toBe(status);
      expect(codeOf(response)).toBe(code);
      // Nothing is answered: no data, or (for a lookup of a record that is not there) a null root field.
      expect(Object.values(response.body.data ?? {}).every((value) => value === null)).toBe(true);
      expect(ms).toBeLessThan(100);
      expect(slowestProbe).toBeLessThan(100);
    });

    it.each(cases)('should answer %s with UNAUTHENTICATED in under 100 ms, anonymous', async (name, query) => {
      const { ms, response } = await alongsideHealth((variant) => post({ query: `${query}\n# ${variant}` }, false));
      timings.push([`${name}, anonymous`, ms]);
      expect(response.status).toBe(401);
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
      expect(ms).toBeLessThan(100);
    });

    it('should refuse a document over the token cap before validating it (its unknown field is never reported)', async () => {
      const query = `{ noSuchField ${'me { id } '.repeat(520)}}`;
      const response = await post({ query });
      expect(response.body.errors).toEqual([
        { message: 'A document may hold at most 2000 tokens', extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'tokens', maximum: 2000, requestId: expect.any(String) } },
      ]);
    });

    it('should refuse a document over 16,384 characters, and one over the repeated-field limit before validation', async () => {
      expect((await post({ query: padded(16_385) })).body.errors[0].extensions).toMatchObject({ limit: 'length', maximum: 16384, actual: 16385 });
      const repeated = await post({ query: `{ noSuchField ${sameField(31).slice(1)}` });
      expect(repeated.body.errors[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'fieldRepeats', maximum: 30 });
    });

    it('should refuse the over-budget query that a fan-out used to slip past the cost limit', async () => {
      const heavy = `caseload(staffId: "${clinic.staff.therapist}", first: 100) { nodes { goals { progressNotes(first: 100) { nodes { text amendments { text } } } } attendance(first: 100) { nodes { groupSession { topic } } } } }`;
      const fan = fanOut(14).replace('query { ...F14 }', `query { ${heavy} ...F14 }`);
      const response = await post({ query: fan });
      expect(codeOf(response)).toBe('QUERY_LIMIT_EXCEEDED');
      const withoutFan = await post({ query: `{ ${heavy} }` });
      expect(withoutFan.body.errors[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost' });
    });

    it('should refuse batched requests, malformed JSON and bodies over 100 KB with GraphQL-shaped errors', async () => {
      const batch = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
      expect(batch.status).toBe(400);
      expect(batch.body).toEqual({ errors: [{ message: expect.stringMatching(/batched/i), extensions: { code: 'BAD_REQUEST', requestId: expect.any(String) } }] });
      const malformed = await post('{"query": "{ me { id } }"');
      expect(malformed.status).toBe(400);
      expect(malformed.body).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST', requestId: expect.any(String) } }] });
      const large = await post({ query: '{ me { id } }', variables: { padding: 'x'.repeat(101 * 1024) } });
      expect(large.status).toBe(413);
      expect(large.body).toEqual({ errors: [{ message: 'Request bodies may be at most 100 KB', extensions: { code: 'REQUEST_TOO_LARGE', maximum: 102400, requestId: expect.any(String) } }] });
      const persisted = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
      expect(codeOf(persisted)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    });
  });

  describe('costs', () => {
    it('should report the cost and the limit of every response, and charge nothing for __typename', async () => {
      const plain = await post({ query: PLAN_QUERY, variables: { patientId: clinic.patientId } });
      expect(plain.body.errors).toBeUndefined();
      expect(plain.body.extensions.cost).toEqual({ requested: expect.any(Number), maximum: 25000 });
      const typed = await post({ query: PLAN_QUERY.replaceAll('{', '{ __typename '), variables: { patientId: clinic.patientId } });
      expect(typed.body.errors).toBeUndefined();
      expect(typed.body.extensions.cost.requested).toBe(plain.body.extensions.cost.requested);
    });

    it('should give the standard introspection query (GraphiQL, codegen) in development, free and not counted as depth', async () => {
      const response = await post({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true }) });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.__schema.queryType.name).toBe('Query');
      expect(response.body.extensions.cost.requested).toBe(0);
    });
  });

  describe('GET', () => {
    const get = (query: string, variables?: Record<string, unknown>) =>
      request(api.app.getHttpServer())
        .get('/graphql')
        .query({ query, ...(variables ? { variables: JSON.stringify(variables) } : {}) })
        .set('authorization', `Bearer ${token}`);

    it('should answer a query sent as GET with a token (urql sends queries so), never to be cached, through the same limits', async () => {
      const answered = await get('query($id: ID!) { patient(id: $id) { id } }', { id: clinic.patientId });
      expect(answered.body).toMatchObject({ data: { patient: { id: clinic.patientId } } });
      expect(answered.headers['cache-control']).toBe('no-store');
      const deep = await get(deepNesting(300));
      expect(codeOf(deep)).toBe('QUERY_LIMIT_EXCEEDED');
      const mutation = await get('mutation { markNotificationsRead(ids: []) { markedRead } }');
      expect(mutation.status).toBe(405);
      const anonymous = await request(api.app.getHttpServer()).get('/graphql').query({ query: '{ me { id } }' }).set('accept', 'application/json');
      expect(anonymous.status).toBe(401);
    });
  });

  describe('headers', () => {
    it('should read the Authorization header whatever its case, and the Bearer scheme whatever its case', async () => {
      const call = (name: string, scheme: string) =>
        request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set(name, `${scheme} ${token}`).send({ query: '{ me { id } }' });
      for (const [name, scheme] of [
        ['Authorization', 'Bearer'],
        ['AUTHORIZATION', 'bearer'],
        ['authorization', 'BEARER'],
      ]) {
        expect((await call(name, scheme)).body.data).toEqual({ me: { id: clinic.staff.therapist } });
      }
    });
  });
});
