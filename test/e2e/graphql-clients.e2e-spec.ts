import type { AddressInfo } from 'node:net';
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { cacheExchange, Client, fetchExchange } from '@urql/core';
import { getIntrospectionQuery } from 'graphql';
import { type Client as SocketClient, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { launchChromium } from '../support/browser.js';
import { PLAN_QUERY, programDay, useClinic } from '../support/clinic.js';
import { ok } from '../support/test-api.js';

const NOTE = `mutation($input: AddClinicalNoteInput!) { addClinicalNote(input: $input) { note { id } } }`;
const PLAN_CHANGED = `subscription($planId: ID!) { planChanged(planId: $planId) { revisions { entityType action } } }`;

describe('Front-end GraphQL clients against the running API (e2e)', () => {
  const { api, clinic } = useClinic();
  let base: string;
  let authorization: string;

  beforeAll(async () => {
    await api.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    authorization = `Bearer ${await api.tokenFor(clinic.staff.therapist)}`;
  });

  const socket = (connectionParams: Record<string, unknown>): SocketClient =>
    createClient({ url: `${base.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });

  /** The first event of a subscription, or the error that ended it. */
  const firstEvent = (client: SocketClient, query: string, variables: Record<string, unknown>) =>
    new Promise<{ data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }>; closed?: number }>((resolve) => {
      client.subscribe(
        { query, variables },
        {
          next: (result) => resolve(result as never),
          error: (error) => resolve(Array.isArray(error) ? { errors: error } : { closed: (error as { code?: number }).code }),
          complete: () => undefined,
        },
      );
    });

  it('should answer the whole-plan query through Apollo Client with its InMemoryCache, __typename added', async () => {
    const client = new ApolloClient({ link: new HttpLink({ uri: `${base}/graphql`, headers: { authorization } }), cache: new InMemoryCache() });
    const { data, error } = await client.query({ query: gql(PLAN_QUERY), variables: { patientId: clinic.patientId } });
    expect(error).toBeUndefined();
    const plan = (data as { patientPlan: { id: string; __typename: string; goals: unknown[] } }).patientPlan;
    expect(plan).toMatchObject({ id: clinic.planId, __typename: 'TreatmentPlan' });
    expect((client.cache.extract() as Record<string, unknown>)[`TreatmentPlan:${clinic.planId}`]).toBeDefined();
  });

  it('should answer the whole-plan query through urql with its cacheExchange, __typename added', async () => {
    const client = new Client({ url: `${base}/graphql`, exchanges: [cacheExchange, fetchExchange], fetchOptions: { headers: { authorization } }, preferGetMethod: false });
    const result = await client.query(PLAN_QUERY, { patientId: clinic.patientId }).toPromise();
    expect(result.error).toBeUndefined();
    expect((result.data as { patientPlan: unknown }).patientPlan).toMatchObject({ id: clinic.planId, __typename: 'TreatmentPlan' });
  });

  it('should give the standard introspection query to a signed-in client in development', async () => {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query: getIntrospectionQuery() }) });
    const body = (await response.json()) as { data: { __schema: { types: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.types.length).toBeGreaterThan(50);
  });

  it('should accept graphql-ws connectionParams spelled Authorization, and refuse a connection without a token', async () => {
    const client = socket({ Authorization: authorization });
    try {
      const event = firstEvent(client, PLAN_CHANGED, { planId: clinic.planId });
      // The subscription is registered before the change is made.
      await new Promise((resolve) => setTimeout(resolve, 300));
      ok(await api.gql(clinic.staff.cotherapist, NOTE, { input: { planId: clinic.planId, kind: 'PROGRESS', text: 'Slept better this week.', noteDate: programDay(0) } }));
      expect(await event).toEqual({ data: { planChanged: { revisions: [{ entityType: 'CLINICAL_NOTE', action: 'CREATED' }] } } });
    } finally {
      await client.dispose();
    }
    const anonymous = socket({});
    try {
      expect(await firstEvent(anonymous, PLAN_CHANGED, { planId: clinic.planId })).toEqual({ closed: 4403 });
    } finally {
      await anonymous.dispose();
    }
  });

  it('should run only subscriptions over WebSocket: queries and mutations belong on HTTP', async () => {
    const client = socket({ authorization });
    try {
      const result = await firstEvent(client, '{ me { id } }', {});
      expect(result.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    } finally {
      await client.dispose();
    }
  });

  it('should serve GraphiQL from its own origin, with docs from introspection and subscriptions over graphql-ws once a token is typed in', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(base) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) foreign.push(request.url());
      });
      await page.goto(`${base}/graphql`, { waitUntil: 'networkidle' });
      await page
        .getByRole('button', { name: /headers/i })
        .first()
        .click();
      const headers = page.locator('.graphiql-editor-tool .monaco-editor').last();
      await headers.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(JSON.stringify({ Authorization: authorization }));
      // The editor closes brackets and quotes as they are typed: drop what it added after the cursor.
      await page.keyboard.press('Shift+End');
      await page.keyboard.press('Delete');
      // GraphiQL reads the editor's text after a short debounce.
      await page.waitForTimeout(1000);
      await page.getByRole('button', { name: /re-fetch graphql schema/i }).click();
      await page.getByRole('button', { name: /show documentation explorer/i }).click();
      await page.getByText('Query', { exact: true }).first().click();
      await page.getByText('patientPlan', { exact: true }).first().waitFor({ timeout: 10_000 });
      // A subscription from the explorer, over graphql-ws with the same header.
      await page.locator('.graphiql-query-editor .monaco-editor').click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(`subscription { planChanged(planId: "${clinic.planId}") { revisions { entityType action } } }`);
      await page.keyboard.press('Shift+End');
      await page.keyboard.press('Delete');
      await page.waitForTimeout(500);
      await page.getByRole('button', { name: /execute query/i }).click();
      await page.waitForTimeout(1000);
      ok(await api.gql(clinic.staff.cotherapist, NOTE, { input: { planId: clinic.planId, kind: 'PROGRESS', text: 'Went to a meeting.', noteDate: programDay(0) } }));
      await page.locator('.graphiql-response').getByText('CLINICAL_NOTE').waitFor({ timeout: 10_000 });
      expect(foreign).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
