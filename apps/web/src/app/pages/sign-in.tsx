import { useEffect, useState } from 'react';
import { DISCIPLINE_LABELS, devDirectory, type DirectoryEntry, devSignIn } from '../session.js';

/** Why a sign-in through the identity provider came back refused (the API says which, nothing more). */
const FAILURES: Record<string, string> = {
  expired: 'The sign-in took too long or was started in another window: try again.',
  provider: "Your organization's sign-in did not complete: try again.",
  unknown: 'Your account is not an active OnePlan staff member: ask your program administrator.',
};

/**
 * Sign-in. Outside production, a list of the staff to sign in as (the demo clinic); in production the
 * clinic's identity provider. As an overlay it keeps the page under it, and what was typed there.
 */
export function SignIn({ onSignedIn, overlay = false }: { onSignedIn: () => void; overlay?: boolean }) {
  const [directory, setDirectory] = useState<DirectoryEntry[] | null | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const providerFailure = FAILURES[new URLSearchParams(window.location.search).get('failed') ?? ''];

  useEffect(() => {
    void devDirectory().then(setDirectory);
  }, []);

  const programs = [...new Set((directory ?? []).map((entry) => entry.program ?? 'Organization'))];
  const body = (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{overlay ? 'Your session has ended: sign in again' : 'Sign in to OnePlan'}</h1>
      {overlay && <p>What you were typing is kept; sign in and carry on.</p>}
      {directory === undefined && <p>Loading…</p>}
      {directory === null && (
        <p>
          <a className="button" href="/auth/login">
            Sign in with your organization&apos;s account
          </a>
        </p>
      )}
      {failed && <p role="alert">That sign-in did not work; try again.</p>}
      {providerFailure && <p role="alert">{providerFailure}</p>}
      {directory &&
        programs.map((program) => (
          <div key={program}>
            <h2>{program}</h2>
            <ul className="directory">
              {directory
                .filter((entry) => (entry.program ?? 'Organization') === program)
                .map((entry) => (
                  <li key={entry.email}>
                    <button
                      type="button"
                      onClick={async () => {
                        if (await devSignIn(entry.email)) onSignedIn();
                        else setFailed(true);
                      }}
                    >
                      {entry.name}
                      <span className="muted"> · {DISCIPLINE_LABELS[entry.discipline] ?? entry.discipline}</span>
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      {directory && <p className="muted">Development sign-in: every name here is fictional. Production uses the clinic&apos;s identity provider.</p>}
    </section>
  );
  if (!overlay) return <main id="main">{body}</main>;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="sign-in-title">
      {body}
    </div>
  );
}
