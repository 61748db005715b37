import request from 'supertest';
import { SignJWT } from 'jose';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { RedisConnection } from '@oneplan/queue';
import { buildClinic, type Clinic } from '../support/clinic.js';
import { failure, startTestApi, type TestApi } from '../support/test-api.js';

const QUERY = `query($patientId: ID!) { patientPlan(patientId: $patientId) { id } }`;
const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('Authentication and rate limits (e2e)', () => {
  let api: TestApi;
  let clinic: Clinic;
  let config: AppConfig;

  beforeAll(async () => {
    api = await startTestApi({ RATE_LIMIT_PER_STAFF: '5', RATE_LIMIT_PER_ADDRESS: '10' });
    config = api.app.get<AppConfig>(APP_CONFIG);
    clinic = await buildClinic(api);
  });
  afterAll(() => api.close());

  const now = () => Math.floor(Date.now() / 1000);
  const sign = (claims: { iss?: string; aud?: string; exp?: number; nbf?: number }, secret = config.JWT_SECRET) =>
    new SignJWT({ ...(claims.nbf ? { nbf: claims.nbf } : {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(clinic.staff.therapist)
      .setIssuer(claims.iss ?? config.JWT_ISSUER)
      .setAudience(claims.aud ?? config.JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(claims.exp ?? now() + 600)
      .sign(new TextEncoder().encode(secret));
  const post = (token: string) =>
    request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send({ query: QUERY, variables: { patientId: clinic.patientId } });

  it.each([
    ['expired', async () => sign({ exp: now() - 60 })],
    ['not yet valid', async () => sign({ nbf: now() + 3600 })],
    [
      'tampered',
      async () => {
        const [header, payload, signature] = (await sign({})).split('.');
        return [header, encode({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: clinic.staff.admin }), signature].join('.');
      },
    ],
    ['unsigned (alg none)', async () => `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: clinic.staff.therapist, iss: config.JWT_ISSUER, aud: config.JWT_AUDIENCE, exp: now() + 600 })}.`],
    ['from the wrong issuer', async () => sign({ iss: 'someone-else' })],
    ['for the wrong audience', async () => sign({ aud: 'another-api' })],
    ['signed with another secret', async () => sign({}, 'x'.repeat(48))],
  ])('should answer a token that is %s with UNAUTHENTICATED and nothing else, before reading the document', async (_name, token) => {
    const response = await post(await token());
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED', requestId: expect.any(String) } }] });
  });

  it('should accept a valid token (the cases above fail for their flaw alone)', async () => {
    const response = await post(await sign({}));
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.patientPlan.id).toBe(clinic.planId);
  });

  it('should limit requests per staff member, then per address, with a clear error', async () => {
    const { prescriber, caseManager } = clinic.staff;
    // The budgets are 5 per staff member and 10 per address per minute; start the minute afresh.
    const redis = api.app.get(RedisConnection).client;
    const counters = await redis.keys(`${config.RATE_LIMIT_KEY_PREFIX}:*`);
    if (counters.length) await redis.del(...counters);
    for (let i = 0; i < 5; i++) expect((await api.gql(prescriber, QUERY, { patientId: clinic.patientId })).errors).toBeUndefined();
    const staffLimited = failure(await api.gql(prescriber, QUERY, { patientId: clinic.patientId }));
    expect(staffLimited.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(staffLimited.message).toMatch(/^Too many requests from this staff member: try again in \d+ s$/);
    for (let i = 0; i < 4; i++) expect((await api.gql(caseManager, QUERY, { patientId: clinic.patientId })).errors).toBeUndefined();
    const addressLimited = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${await api.tokenFor(caseManager)}`)
      .send({ query: QUERY, variables: { patientId: clinic.patientId } });
    expect(addressLimited.status).toBe(429);
    expect(Number(addressLimited.headers['retry-after'])).toBeGreaterThan(0);
    expect(addressLimited.body.errors[0]).toMatchObject({ message: expect.stringMatching(/^Too many requests from this address/), extensions: { code: 'RATE_LIMITED' } });
  });
});
