import { Link } from 'wouter';

/** What does not exist, or is not yours to see (the API does not say which). */
export function NotFound() {
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">Not found</h1>
      <p>There is nothing here for you. It may not exist, or you may not be on this patient&apos;s care team.</p>
      <Link href="/">Back to home</Link>
    </section>
  );
}
