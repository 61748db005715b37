export const PHASE_LABELS: Record<string, string> = { STABILIZATION: 'Stabilization', TRAUMA_PROCESSING: 'Trauma processing', MAINTENANCE: 'Maintenance' };
export const LEVEL_LABELS: Record<string, string> = { PHP: 'PHP', IOP: 'IOP', VIRTUAL_IOP: 'Virtual IOP' };
export const CATEGORY_LABELS: Record<string, string> = { TRAUMA: 'Trauma', SUBSTANCE_USE: 'Substance use', CO_OCCURRING: 'Co-occurring' };
export const CHANGE_LABELS: Record<string, string> = { START: 'Started', ADJUST: 'Adjusted', HOLD: 'Held', STOP: 'Stopped' };

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A time of day in the program's time zone (the browser's when there is none). */
export function formatTime(value: string, timeZone: string | null, withDay = false): string {
  return new Intl.DateTimeFormat(undefined, { timeZone: timeZone ?? undefined, hour: 'numeric', minute: '2-digit', ...(withDay ? { weekday: 'short', month: 'short', day: 'numeric' } : {}) }).format(
    new Date(value),
  );
}

/** A date (YYYY-MM-DD) or instant, in the reader's locale; a plain date is not shifted by time zones. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return dateFormat.format(date);
}
