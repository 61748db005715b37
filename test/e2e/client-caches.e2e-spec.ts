import type { AddressInfo } from 'node:net';
import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { cacheExchange, type KeyingConfig } from '@urql/exchange-graphcache';
import { getIntrospectionQuery, getOperationAST, type IntrospectionQuery, OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { addPatient, useClinic } from '../support/clinic.js';
import { eventually } from '../support/worker.js';

/** What a plan view shows: the same fragment serves the query, the mutation's payload and the subscription. */
const PLAN_VIEW = `fragment PlanView on TreatmentPlan {
  id version phase
  currentMedications { medicationName dose onHold }
  medicationChanges(last: 20) { nodes { id medicationName dose changeType } }
}`;
const VIEW_QUERY = `query PlanScreen($patientId: ID!) { patientPlan(patientId: $patientId) { ...PlanView } } ${PLAN_VIEW}`;
const RECORD_MEDICATION = `mutation RecordMedication($input: RecordMedicationChangeInput!) {
  recordMedicationChange(input: $input) { medicationChange { id medicationName dose changeType } plan { ...PlanView } }
} ${PLAN_VIEW}`;
const PLAN_CHANGED = `subscription WatchPlan($planId: ID!) {
  planChanged(planId: $planId) { revisions { id entityType action } records { __typename id ... on MedicationChange { medicationName dose } } plan { ...PlanView } }
} ${PLAN_VIEW}`;
const CASELOAD = `query Caseload($after: String) {
  caseload(first: 2, after: $after, orderBy: PATIENT_NAME) { edges { cursor node { id patient { id lastName } } } pageInfo { hasNextPage endCursor } totalCount }
}`;

const medication = (planId: string, medicationName: string) => ({
  input: { planId, medicationName, dose: '25 mg', route: 'oral', frequency: 'daily', changeType: 'START', reason: 'Sleep', effectiveAt: new Date().toISOString() },
});

interface PlanView {
  id: string;
  version: number;
  currentMedications: Array<{ medicationName: string }>;
  medicationChanges: { nodes: Array<{ medicationName: string }> };
}

describe('Client caches kept true by payloads and live updates (e2e)', () => {
  const { api, clinic } = useClinic();
  let http: string;
  let ws: string;
  let schema: IntrospectionQuery;

  beforeAll(async () => {
    await api.app.listen(0, '127.0.0.1');
    http = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}/graphql`;
    ws = http.replace('http', 'ws');
    for (let i = 0; i < 4; i++) await addPatient(api, clinic.programId, clinic.staff);
    const response = await fetch(http, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await api.tokenFor(clinic.staff.therapist)}` },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    schema = ((await response.json()) as { data: IntrospectionQuery }).data;
  });

  /** An Apollo Client as a front end builds one: HTTP for queries and mutations, graphql-ws for subscriptions; HTTP requests counted. */
  const apollo = async (staffId: string) => {
    const authorization = `Bearer ${await api.tokenFor(staffId)}`;
    const requests = { http: 0 };
    const httpLink = new HttpLink({ uri: http, headers: { authorization }, fetch: (input, init) => (requests.http++, fetch(input, init)) });
    const socket = createClient({ url: ws, webSocketImpl: WebSocket, connectionParams: { authorization }, retryAttempts: 0 });
    const link = ApolloLink.split(({ query }) => getOperationAST(query)?.operation === OperationTypeNode.SUBSCRIPTION, new GraphQLWsLink(socket), httpLink);
    const cache = new InMemoryCache({ typePolicies: { Query: { fields: { caseload: relayStylePagination(['staffId', 'orderBy']) } } } });
    return { client: new ApolloClient({ link, cache }), requests, close: () => socket.dispose() };
  };

  it("should page two pages of a caseload into one list with Apollo's relayStylePagination, and a third to its end", async () => {
    const { client, close } = await apollo(clinic.staff.therapist);
    try {
      const first = await client.query({ query: gql(CASELOAD) });
      const firstPage = (first.data as any).caseload;
      expect(firstPage.edges).toHaveLength(2);
      expect(firstPage.totalCount).toBe(5);
      // Later pages come from the network and merge into the one cached list, as fetchMore does.
      await client.query({ query: gql(CASELOAD), variables: { after: firstPage.pageInfo.endCursor }, fetchPolicy: 'network-only' });
      const merged = (client.readQuery({ query: gql(CASELOAD) }) as any).caseload;
      expect(merged.edges).toHaveLength(4);
      const names = merged.edges.map((edge: any) => edge.node.patient.lastName);
      expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
      expect(merged.pageInfo.hasNextPage).toBe(true);
      await client.query({ query: gql(CASELOAD), variables: { after: merged.pageInfo.endCursor }, fetchPolicy: 'network-only' });
      const all = (client.readQuery({ query: gql(CASELOAD) }) as any).caseload;
      expect(all.edges).toHaveLength(5);
      expect(new Set(all.edges.map((edge: any) => edge.node.id)).size).toBe(5);
      expect(all.pageInfo.hasNextPage).toBe(false);
    } finally {
      await close();
    }
  });

  it("should leave the prescriber's Apollo cache right after a mutation, and a subscribed therapist's from the subscription alone", async () => {
    const prescriber = await apollo(clinic.staff.prescriber);
    const therapist = await apollo(clinic.staff.therapist);
    try {
      const variables = { patientId: clinic.patientId };
      const before = ((await prescriber.client.query({ query: gql(VIEW_QUERY), variables })).data as { patientPlan: PlanView }).patientPlan;
      await therapist.client.query({ query: gql(VIEW_QUERY), variables });
      const pushed: unknown[] = [];
      const watching = therapist.client.subscribe({ query: gql(PLAN_CHANGED), variables: { planId: clinic.planId } }).subscribe({ next: (event) => pushed.push(event) });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const requestsBefore = { prescriber: prescriber.requests.http, therapist: therapist.requests.http };

      await prescriber.client.mutate({ mutation: gql(RECORD_MEDICATION), variables: medication(clinic.planId, 'Trazodone') });
      const own = (prescriber.client.readQuery({ query: gql(VIEW_QUERY), variables }) as { patientPlan: PlanView }).patientPlan;
      // Adding a record leaves the plan's own version (its fields did not change): the lists did.
      expect(own.version).toBe(before.version);
      expect(before.currentMedications.map((entry) => entry.medicationName)).not.toContain('Trazodone');
      expect(own.currentMedications.map((entry) => entry.medicationName)).toContain('Trazodone');
      expect(own.medicationChanges.nodes.at(-1)!.medicationName).toBe('Trazodone');
      expect(prescriber.requests.http).toBe(requestsBefore.prescriber + 1);

      expect(await eventually(async () => pushed.length === 1)).toBe(true);
      const seen = (therapist.client.readQuery({ query: gql(VIEW_QUERY), variables }) as { patientPlan: PlanView }).patientPlan;
      expect(seen).toEqual(own);
      expect(therapist.requests.http).toBe(requestsBefore.therapist);
      const change = own.medicationChanges.nodes.at(-1) as unknown as { id: string };
      expect((therapist.client.cache.extract() as Record<string, any>)[`MedicationChange:${change.id}`]).toMatchObject({ medicationName: 'Trazodone', dose: '25 mg' });
      watching.unsubscribe();
    } finally {
      await Promise.all([prescriber.close(), therapist.close()]);
    }
  });

  it("should do the same with urql's graphcache: the prescriber's cache from the mutation, the therapist's from the subscription", async () => {
    // Types without an id of their own are embedded in their parent record.
    const embedded: KeyingConfig = Object.fromEntries(
      schema.__schema.types.filter((type) => type.kind === 'OBJECT' && !type.name.startsWith('__') && !type.fields?.some((field) => field.name === 'id')).map((type) => [type.name, () => null]),
    );
    const urql = async (staffId: string) => {
      const authorization = `Bearer ${await api.tokenFor(staffId)}`;
      const requests = { http: 0, methods: [] as string[] };
      const socket = createClient({ url: ws, webSocketImpl: WebSocket, connectionParams: { authorization }, retryAttempts: 0 });
      const client = new Client({
        url: http,
        fetch: (input, init) => (requests.http++, requests.methods.push(init?.method ?? 'GET'), fetch(input, init)),
        fetchOptions: { headers: { authorization } },
        exchanges: [
          cacheExchange({ schema, keys: embedded }),
          subscriptionExchange({
            forwardSubscription: (request) => ({ subscribe: (sink) => ({ unsubscribe: socket.subscribe({ ...request, query: request.query ?? '' }, sink) }) }),
          }),
          fetchExchange,
        ],
      });
      return { client, requests, close: () => socket.dispose() };
    };
    const prescriber = await urql(clinic.staff.prescriber);
    const therapist = await urql(clinic.staff.therapist);
    try {
      const variables = { patientId: clinic.patientId };
      // urql's defaults: queries as GET within the URL limit, mutations as POST.
      const before = (await prescriber.client.query(VIEW_QUERY, variables).toPromise()).data.patientPlan as PlanView;
      await therapist.client.query(VIEW_QUERY, variables).toPromise();
      const pushed: unknown[] = [];
      const watching = therapist.client.subscription(PLAN_CHANGED, { planId: clinic.planId }).subscribe((event) => pushed.push(event));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const requestsBefore = { prescriber: prescriber.requests.http, therapist: therapist.requests.http };

      const result = await prescriber.client.mutation(RECORD_MEDICATION, medication(clinic.planId, 'Hydroxyzine')).toPromise();
      expect(result.error).toBeUndefined();
      const own = (await prescriber.client.query(VIEW_QUERY, variables, { requestPolicy: 'cache-only' }).toPromise()).data.patientPlan as PlanView;
      expect(own.version).toBe(before.version);
      expect(own.currentMedications.map((entry) => entry.medicationName)).toContain('Hydroxyzine');
      expect(prescriber.requests.http).toBe(requestsBefore.prescriber + 1);
      expect(prescriber.requests.methods).toEqual(['GET', 'POST']);

      expect(await eventually(async () => pushed.length === 1)).toBe(true);
      const seen = (await therapist.client.query(VIEW_QUERY, variables, { requestPolicy: 'cache-only' }).toPromise()).data.patientPlan as PlanView;
      expect(seen.version).toBe(own.version);
      expect(seen.currentMedications).toEqual(own.currentMedications);
      expect(seen.medicationChanges.nodes.at(-1)!.medicationName).toBe('Hydroxyzine');
      expect(therapist.requests.http).toBe(requestsBefore.therapist);
      watching.unsubscribe();
    } finally {
      await Promise.all([prescriber.close(), therapist.close()]);
    }
  });
});
