import type { ConsentRow } from '@oneplan/prisma';
import { consentStatus, covers, findCoveringConsent } from './consent-rules.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const consent = (patch: Partial<ConsentRow> = {}): ConsentRow => ({
  id: 'c1',
  patientId: 'p1',
  supportId: null,
  recipientType: 'ORGANIZATION',
  recipientName: 'Harbor Primary Care',
  purpose: 'Coordination of care',
  allCategories: false,
  categories: ['MEDICATIONS'],
  startsOn: day('2026-01-01'),
  expiresOn: day('2026-12-31'),
  revokedAt: null,
  revokedById: null,
  revocationReason: null,
  recordedById: 's1',
  recordedAt: day('2026-01-01'),
  ...patch,
});
const recipient = { recipientType: 'ORGANIZATION' as const, recipientName: 'harbor primary care ' };

describe('consent rules', () => {
  it('should keep SUD counseling notes out of an "all categories" consent', () => {
    expect(covers(consent({ allCategories: true, categories: [] }), 'SUBSTANCE_USE')).toBe(true);
    expect(covers(consent({ allCategories: true, categories: [] }), 'SUD_COUNSELING_NOTES')).toBe(false);
    expect(covers(consent({ categories: ['SUD_COUNSELING_NOTES'] }), 'SUD_COUNSELING_NOTES')).toBe(true);
  });

  it('should treat revoked, expired and future consents as not in force', () => {
    expect(consentStatus(consent(), day('2026-06-01'))).toBe('ACTIVE');
    expect(consentStatus(consent(), day('2027-01-01'))).toBe('EXPIRED');
    expect(consentStatus(consent(), day('2025-12-31'))).toBe('NOT_YET_ACTIVE');
    expect(consentStatus(consent({ revokedAt: day('2026-03-01') }), day('2026-06-01'))).toBe('REVOKED');
  });

  it('should name what is missing', () => {
    expect(findCoveringConsent([], recipient, ['MEDICATIONS'], day('2026-06-01'))).toEqual({ missing: 'no consent names organization "harbor primary care " as recipient' });
    expect(findCoveringConsent([consent()], recipient, ['MEDICATIONS', 'SUBSTANCE_USE'], day('2026-06-01'))).toEqual({
      missing: 'the consent for organization "harbor primary care " does not cover: SUBSTANCE_USE',
    });
    expect(findCoveringConsent([consent({ revokedAt: day('2026-03-01') })], recipient, ['MEDICATIONS'], day('2026-06-01'))).toEqual({
      missing: 'no consent in force for organization "harbor primary care ": the consent was revoked on 2026-03-01',
    });
    expect(findCoveringConsent([consent()], recipient, ['MEDICATIONS'], day('2026-06-01'))).toEqual({ consent: consent() });
  });

  it("should match a support by the consents naming them, not by a name someone else's consent shares", () => {
    const support = { supportId: 'sup1', label: 'support "Dana"' };
    const theirs = consent({ supportId: 'sup1', recipientType: 'FAMILY_MEMBER', recipientName: 'Dana', categories: ['SAFETY_PLAN'] });
    const namesake = consent({ recipientType: 'FAMILY_MEMBER', recipientName: 'Dana', allCategories: true });
    expect(findCoveringConsent([namesake], support, ['SAFETY_PLAN'], day('2026-06-01'))).toEqual({ missing: 'no consent names support "Dana" as recipient' });
    expect(findCoveringConsent([namesake, theirs], support, ['SAFETY_PLAN'], day('2026-06-01'))).toEqual({ consent: theirs });
    expect(findCoveringConsent([theirs], support, ['SAFETY_PLAN', 'ATTENDANCE'], day('2026-06-01'))).toEqual({ missing: 'the consent for support "Dana" does not cover: ATTENDANCE' });
  });
});
