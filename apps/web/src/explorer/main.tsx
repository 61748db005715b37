// The development GraphQL explorer (GraphiQL), built from the project's own dependencies and served by
// the API at /graphql outside production. Queries and mutations go over HTTP, subscriptions over
// graphql-ws, both with the Authorization header typed into the headers editor.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { getOperationAST, parse } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const url = new URL('/graphql', window.location.href);
const http = createGraphiQLFetcher({ url: url.href });

let socket: { authorization: string; client: Client } | undefined;

/** One graphql-ws client per token: a new token in the headers editor opens a new connection. */
function socketFor(authorization: string): Client {
  if (socket?.authorization !== authorization) {
    void socket?.client.dispose();
    const wsUrl = new URL(url);
    wsUrl.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = { authorization, client: createClient({ url: wsUrl.href, connectionParams: { authorization } }) };
  }
  return socket.client;
}

function isSubscription(query: string, operationName?: string | null): boolean {
  try {
    return getOperationAST(parse(query), operationName ?? undefined)?.operation === 'subscription';
  } catch {
    return false;
  }
}

const fetcher: Fetcher = (params, options) => {
  if (!isSubscription(params.query, params.operationName)) return http(params, options);
  const headers = (options?.headers ?? {}) as Record<string, string>;
  const authorization = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1] ?? '';
  const results = socketFor(authorization).iterate({ query: params.query, variables: params.variables, operationName: params.operationName ?? undefined });
  // GraphiQL shows results as JSON; errors arrive already formatted, which is all it reads of them.
  return results as unknown as ReturnType<Fetcher>;
};

const defaultHeaders = JSON.stringify({ Authorization: 'Bearer <a token from: npm run token -- <staff email>>' }, null, 2);

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultHeaders={defaultHeaders} defaultEditorToolsVisibility="headers" />
  </StrictMode>,
);
