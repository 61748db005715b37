/** The signed-in staff member, as /auth/session tells the page (the session itself is an HttpOnly cookie). */
export interface Staff {
  id: string;
  name: string;
  discipline: string;
  programId: string | null;
  /** The program's time zone: times are shown in it (the program's calendar, wherever the browser is). */
  timeZone: string | null;
}

export async function currentStaff(): Promise<Staff | null> {
  const response = await fetch('/auth/session', { credentials: 'same-origin' });
  return response.ok ? ((await response.json()) as Staff) : null;
}

export async function signOut(): Promise<void> {
  await fetch('/auth/sign-out', { method: 'POST', credentials: 'same-origin' });
}

export interface DirectoryEntry {
  email: string;
  name: string;
  discipline: string;
  program: string | null;
}

/** The development sign-in's list of staff; null where it does not exist (production). */
export async function devDirectory(): Promise<DirectoryEntry[] | null> {
  const response = await fetch('/auth/dev/staff', { credentials: 'same-origin' });
  return response.ok ? ((await response.json()) as DirectoryEntry[]) : null;
}

export async function devSignIn(email: string): Promise<boolean> {
  const response = await fetch('/auth/dev/sign-in', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
  return response.ok;
}

export const DISCIPLINE_LABELS: Record<string, string> = {
  THERAPIST: 'Therapist',
  GROUP_FACILITATOR: 'Group facilitator',
  PRESCRIBER: 'Prescriber',
  CASE_MANAGER: 'Case manager',
  PROGRAM_ADMIN: 'Program admin',
  ORGANIZATION_ADMIN: 'Organization admin',
};
