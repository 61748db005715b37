import type { ConsentRow, DisclosureCategory } from '@oneplan/prisma';
import { formatLocalDate } from '@oneplan/graphql';

export type ConsentStatus = 'ACTIVE' | 'NOT_YET_ACTIVE' | 'EXPIRED' | 'REVOKED';

/** SUD counseling notes are disclosed only under a consent that names them; "all" does not include them. */
export function covers(consent: ConsentRow, category: DisclosureCategory): boolean {
  if (category === 'SUD_COUNSELING_NOTES') return consent.categories.includes(category);
  return consent.allCategories || consent.categories.includes(category);
}

/** Where a consent stands on a (program-local) day; revoked or expired consent permits nothing. */
export function consentStatus(consent: ConsentRow, today: Date): ConsentStatus {
  if (consent.revokedAt) return 'REVOKED';
  if (today < consent.startsOn) return 'NOT_YET_ACTIVE';
  if (today > consent.expiresOn) return 'EXPIRED';
  return 'ACTIVE';
}

/** A recipient by kind and name as on the consent, or one of the patient's supports (by the consents naming them). */
export type Recipient = { recipientType: ConsentRow['recipientType']; recipientName: string } | { supportId: string; label: string };

const sameRecipient = (consent: ConsentRow, recipient: Recipient) =>
  'supportId' in recipient
    ? consent.supportId === recipient.supportId
    : consent.recipientType === recipient.recipientType && consent.recipientName.trim().toLowerCase() === recipient.recipientName.trim().toLowerCase();

const WHY_NOT: Record<Exclude<ConsentStatus, 'ACTIVE'>, (consent: ConsentRow) => string> = {
  REVOKED: (consent) => `the consent was revoked on ${formatLocalDate(consent.revokedAt!)}`,
  NOT_YET_ACTIVE: (consent) => `the consent starts on ${formatLocalDate(consent.startsOn)}`,
  EXPIRED: (consent) => `the consent expired on ${formatLocalDate(consent.expiresOn)}`,
};

/**
 * The consent that permits disclosing these categories to this recipient today, or what is missing:
 * a consent naming the recipient at all, one that is in force, or the categories none of them covers.
 */
export function findCoveringConsent(consents: ConsentRow[], recipient: Recipient, categories: DisclosureCategory[], today: Date): { consent: ConsentRow } | { missing: string } {
  const named = consents.filter((consent) => sameRecipient(consent, recipient));
  const who = 'supportId' in recipient ? recipient.label : `${recipient.recipientType.toLowerCase().replace('_', ' ')} "${recipient.recipientName}"`;
  if (named.length === 0) return { missing: `no consent names ${who} as recipient` };
  const inForce = named.filter((consent) => consentStatus(consent, today) === 'ACTIVE');
  if (inForce.length === 0) {
    const latest = named.at(-1)!;
    return { missing: `no consent in force for ${who}: ${WHY_NOT[consentStatus(latest, today) as Exclude<ConsentStatus, 'ACTIVE'>](latest)}` };
  }
  const uncovered = (consent: ConsentRow) => categories.filter((category) => !covers(consent, category));
  const best = [...inForce].sort((a, b) => uncovered(a).length - uncovered(b).length)[0];
  const gaps = uncovered(best);
  return gaps.length === 0 ? { consent: best } : { missing: `the consent for ${who} does not cover: ${gaps.join(', ')}` };
}
