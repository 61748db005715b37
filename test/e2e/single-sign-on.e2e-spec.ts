import { jest } from '@jest/globals';
import type { Server } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import request from 'supertest';
import { BearerTokens } from '@oneplan/auth';
import { loadConfig } from '@oneplan/config';
import { ServiceUnavailableError } from '@oneplan/errors';
import { freePort } from '../support/processes.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/** Each client of the test provider acts for one person (client credentials, a JWT access token with their email). */
const PEOPLE: Record<string, string> = { maya: 'Maya.SSO@clinic.example', stranger: 'nobody@clinic.example', former: 'former.sso@clinic.example' };
/** The resource indicator of OnePlan's API at the provider (tokens for it carry OnePlan's audience). */
const RESOURCE = 'https://oneplan.example/api';
const SECRET = 'a-client-secret-long-enough-for-the-provider';

async function signingKey(kid: string) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
}

/** A real OpenID Connect provider (oidc-provider) issuing RS256 JWT access tokens for OnePlan's audience. */
async function startProvider(port: number, keys: object[]): Promise<{ issuer: string; close: () => Promise<void> }> {
  const issuer = `http://127.0.0.1:${port}`;
  // Its notice about the in-memory adapter (right for a test) is not this suite's output.
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const provider = new Provider(issuer, {
    ttl: { ClientCredentials: 600 },
    clients: Object.keys(PEOPLE).map((client_id) => ({ client_id, client_secret: SECRET, grant_types: ['client_credentials'], redirect_uris: [], response_types: [] })),
    jwks: { keys: keys as never },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        getResourceServerInfo: () => ({ scope: 'api', audience: 'oneplan-api', accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } }),
      },
    },
    extraTokenClaims: (_ctx, token) => ({ email: PEOPLE[(token as { clientId: string }).clientId] }),
  });
  warn.mockRestore();
  const server: Server = provider.listen(port);
  await new Promise((resolve) => server.once('listening', resolve));
  return { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function tokenOf(issuer: string, client: string): Promise<string> {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${client}:${SECRET}`).toString('base64')}` },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'api', resource: RESOURCE }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`No token: ${JSON.stringify(body)}`);
  return body.access_token;
}

describe("Single sign-on with the clinic's OpenID Connect provider (e2e)", () => {
  let api: TestApi;
  let provider: { issuer: string; close: () => Promise<void> };
  let port: number;
  let maya: string;
  const me = (token: string) => request(api.app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${token}`).send({ query: '{ me { id } }' });

  beforeAll(async () => {
    port = await freePort();
    provider = await startProvider(port, [await signingKey('first')]);
    api = await startTestApi({ OIDC_ISSUER: provider.issuer });
    const program = await api.prisma.program.create({ data: { name: 'SSO program', levelOfCare: 'IOP', timeZone: 'UTC', organization: { create: { name: 'SSO program organization' } } } });
    const staff = (email: string, active: boolean) =>
      api.prisma.staffMember.create({ data: { programId: program.id, name: email, email: email.toLowerCase(), credentials: 'LCSW', discipline: 'THERAPIST', active } });
    maya = (await staff(PEOPLE.maya, true)).id;
    await staff(PEOPLE.former, false);
  });
  afterAll(async () => {
    delete process.env.OIDC_ISSUER;
    await api.close();
    await provider.close();
  });

  it("should sign in the staff member a provider's token names by email (any case)", async () => {
    const response = await me(await tokenOf(provider.issuer, 'maya'));
    expect(response.body.data).toEqual({ me: { id: maya } });
  });

  it('should refuse people unknown to OnePlan or deactivated, and OnePlan-signed tokens, auditing each', async () => {
    for (const client of ['stranger', 'former']) expect((await me(await tokenOf(provider.issuer, client))).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await me(await api.tokenFor(maya))).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await api.prisma.auditEvent.count({ where: { operation: 'signIn', outcome: 'REFUSED' } })).toBe(3);
  });

  it('should follow a rotation of the signing keys, refusing tokens of a key the provider dropped', async () => {
    const before = await tokenOf(provider.issuer, 'maya');
    await provider.close();
    provider = await startProvider(port, [await signingKey('second')]);
    const after = await tokenOf(provider.issuer, 'maya');
    // The key set is fetched again for an unknown key, at most every 2 s.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await me(after)).body.data).toEqual({ me: { id: maya } });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await me(before)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('should answer SERVICE_UNAVAILABLE, not UNAUTHENTICATED, while the provider cannot be reached', async () => {
    const tokens = new BearerTokens(loadConfig({ ...process.env, OIDC_ISSUER: `http://127.0.0.1:${await freePort()}` }));
    await expect(tokens.identityOf(await tokenOf(provider.issuer, 'maya'))).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});
