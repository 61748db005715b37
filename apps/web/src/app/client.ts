import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createSocket } from 'graphql-ws';
import { Client, type CombinedError, fetchExchange, mapExchange, subscriptionExchange } from 'urql';

/** Whether an operation failed because the session ended (the page then asks to sign in again, keeping what is typed). */
export const sessionEnded = (error: CombinedError | undefined) => Boolean(error?.graphQLErrors.some((entry) => entry.extensions?.code === 'UNAUTHENTICATED'));

/** Records are normalized by id; the rest (pages, lists of values, summaries) stay inside their parent. */
const keys = new Proxy({}, { get: () => (data: { id?: unknown }) => (typeof data.id === 'string' ? data.id : null) });

/**
 * The API over urql with graphcache: queries and mutations over HTTP with the session cookie (no token in
 * the page), subscriptions over graphql-ws on the same origin (the browser sends the cookie with the
 * handshake). `onSessionEnded` runs when the API says the session is over.
 */
export function createApiClient(onSessionEnded: () => void): Client {
  const socket = createSocket({
    url: new URL('/graphql', window.location.href).href.replace(/^http/, 'ws'),
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  return new Client({
    url: '/graphql',
    fetchOptions: { credentials: 'same-origin' },
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange({ keys }),
      mapExchange({ onError: (error) => (sessionEnded(error) ? onSessionEnded() : undefined) }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: socket.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}
