import { jest } from '@jest/globals';
import type { Server } from 'node:http';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { launchChromium } from '../support/browser.js';
import { freePorts } from '../support/processes.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const root = path.resolve(import.meta.dirname, '../..');
const CLIENT_ID = 'oneplan-web';
const SECRET = 'a-web-client-secret-long-enough-for-the-provider';
const STAFF_EMAIL = 'casey.browser@clinic.example';

/** The clinic's OpenID Connect provider (oidc-provider) with its development login page: whoever logs in is the email they type. */
async function startProvider(port: number, redirectUri: string): Promise<{ issuer: string; close: () => Promise<void> }> {
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  // Its notices about the runtime, the in-memory adapter and development interactions (right for a test) are not this suite's output.
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
  // Imported here: it warns as it loads that it prefers a later Node than this machine's 20.
  const { default: Provider } = await import('oidc-provider');
  const provider = new Provider(issuer, {
    clients: [
      { client_id: CLIENT_ID, client_secret: SECRET, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_post' },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'web', alg: 'RS256', use: 'sig' }] as never },
    claims: { openid: ['sub'], email: ['email'] },
    conformIdTokenClaims: false,
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, email: id }) }),
    features: { devInteractions: { enabled: true } },
  });
  warn.mockRestore();
  const server: Server = provider.listen(port);
  // The development-interactions notice comes as the first interaction renders.
  server.once('close', () => info.mockRestore());
  await new Promise((resolve) => server.once('listening', resolve));
  return { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * The web app's production sign-in through the clinic's identity provider, in Chromium: authorization code
 * with PKCE, the API as the confidential client, the session in an HttpOnly cookie and no token in the
 * page. Someone the provider knows and OnePlan does not is refused, and so is a callback nobody started.
 */
describe("The web app's sign-in through the clinic's OpenID Connect provider (e2e)", () => {
  let api: TestApi;
  let provider: { issuer: string; close: () => Promise<void> };
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const [apiPort, providerPort] = await freePorts(2);
    base = `http://127.0.0.1:${apiPort}`;
    provider = await startProvider(providerPort, `${base}/auth/callback`);
    api = await startTestApi({
      NODE_ENV: 'production',
      APP_URL: base,
      OIDC_ISSUER: provider.issuer,
      OIDC_WEB_CLIENT_ID: CLIENT_ID,
      OIDC_WEB_CLIENT_SECRET: SECRET,
    });
    await api.app.listen(apiPort, '127.0.0.1');
    const program = await api.prisma.program.create({ data: { name: 'Browser sign-in', levelOfCare: 'IOP', timeZone: 'UTC', organization: { create: { name: 'Browser sign-in organization' } } } });
    await api.prisma.staffMember.create({ data: { programId: program.id, name: 'Casey Browser', email: STAFF_EMAIL, credentials: 'LCSW', discipline: 'THERAPIST' } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await provider?.close();
  });

  /** From OnePlan's sign-in page through the provider's login and consent, as `email`. */
  async function signInAs(email: string): Promise<Page> {
    // bypassCSP lets the suite inject axe-core; the app itself runs under the page's policy.
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: /Sign in with your organization/ }).waitFor();
    await page.addScriptTag({ path: path.join(root, 'node_modules/axe-core/axe.min.js') });
    const results = await page.evaluate(async () => (globalThis as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe.run());
    expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
    await page.getByRole('link', { name: /Sign in with your organization/ }).click();
    await page.locator('input[name="login"]').fill(email);
    await page.locator('input[name="password"]').fill('any');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]', { hasText: /continue/i }).click();
    return page;
  }

  it('should sign a staff member in through the provider, with no development sign-in and no token in the page', async () => {
    const page = await signInAs(STAFF_EMAIL);
    await page.getByRole('heading', { name: 'Good to see you, Casey' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const exposed = await page.evaluate(() => {
      const own = globalThis as unknown as { localStorage: { length: number }; sessionStorage: { length: number }; document: { cookie: string } };
      return [own.localStorage.length, own.sessionStorage.length, own.document.cookie];
    });
    expect(exposed).toEqual([0, 0, '']);
    expect((await request(api.app.getHttpServer()).get('/auth/dev/staff')).status).toBe(404);
  });

  it('should refuse someone the provider knows but OnePlan does not, say so, and audit it', async () => {
    const before = await api.prisma.auditEvent.count({ where: { operation: 'signIn', outcome: 'REFUSED', reason: 'no active staff member' } });
    const page = await signInAs('stranger@clinic.example');
    await page.getByRole('alert').filter({ hasText: 'not an active OnePlan staff member' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await api.prisma.auditEvent.count({ where: { operation: 'signIn', outcome: 'REFUSED', reason: 'no active staff member' } })).toBe(before + 1);
  });

  it('should refuse a callback that no sign-in from this browser started', async () => {
    const callback = await request(api.app.getHttpServer()).get('/auth/callback?code=forged&state=forged');
    expect(callback.status).toBe(302);
    expect(callback.headers.location).toBe('/sign-in?failed=expired');
    expect(String(callback.headers['set-cookie'] ?? '')).not.toMatch(/oneplan_session=[^;]/);
  });
});
