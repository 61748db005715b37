import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { DISCIPLINE_LABELS, signOut, type Staff } from './session.js';

export function Layout({ staff, onSignedOut, children }: { staff: Staff; onSignedOut: () => void; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link href="/" className="brand">
          OnePlan
        </Link>
        <span className="who">
          {staff.name} · {DISCIPLINE_LABELS[staff.discipline] ?? staff.discipline}
        </span>
        <button
          type="button"
          onClick={async () => {
            await signOut();
            onSignedOut();
          }}
        >
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
