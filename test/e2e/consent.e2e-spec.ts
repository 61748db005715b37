import { programDay, useClinic } from '../support/clinic.js';
import { failure, ok } from '../support/test-api.js';

const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } } }`;
const REVOKE = `mutation($input: RevokeConsentInput!) { revokeConsent(input: $input) { consent { revokedAt } } }`;
const EXPORT = `mutation($input: ExportPlanInput!) { exportPlan(input: $input) { notice document disclosure { id consentId recipientName categories disclosedById } } }`;
const RECIPIENT = { recipientType: 'ORGANIZATION', recipientName: 'Harbor Primary Care' };

describe('Consent and disclosures under 42 CFR Part 2 (e2e)', () => {
  const { api, clinic } = useClinic();

  beforeAll(async () => {
    const { therapist, prescriber } = clinic.staff;
    const problem = ok(
      await api.gql(therapist, `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }`, {
        input: { planId: clinic.planId, title: 'Alcohol use disorder', description: 'x', category: 'SUBSTANCE_USE' },
      }),
    ).addProblem.problem;
    ok(
      await api.gql(therapist, `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }`, {
        input: { planId: clinic.planId, title: 'Nightmares', description: 'x', category: 'TRAUMA' },
      }),
    );
    ok(
      await api.gql(therapist, `mutation($input: AddGoalInput!) { addGoal(input: $input) { goal { id } } }`, {
        input: { planId: clinic.planId, statement: 'No drinking', problemIds: [problem.id], ownerId: therapist },
      }),
    );
    for (const [medicationName, forSubstanceUse] of [
      ['Naltrexone', true],
      ['Prazosin', false],
    ] as const) {
      ok(
        await api.gql(prescriber, `mutation($input: RecordMedicationChangeInput!) { recordMedicationChange(input: $input) { medicationChange { id } } }`, {
          input: { planId: clinic.planId, medicationName, dose: '1 mg', route: 'oral', frequency: 'daily', changeType: 'START', reason: 'x', forSubstanceUse, effectiveAt: new Date().toISOString() },
        }),
      );
    }
    const session = await api.prisma.individualSession.create({
      data: {
        planId: clinic.planId,
        therapistId: therapist,
        type: 'THERAPY',
        status: 'COMPLETED',
        scheduledStart: new Date(Date.now() - 7_200_000),
        scheduledEnd: new Date(Date.now() - 3_600_000),
        createdById: therapist,
      },
    });
    ok(
      await api.gql(therapist, `mutation($input: AddClinicalNoteInput!) { addClinicalNote(input: $input) { note { id } } }`, {
        input: { planId: clinic.planId, kind: 'SESSION', individualSessionId: session.id, sudCounseling: true, text: 'Counseling session content', noteDate: programDay(0) },
      }),
    );
  });

  const exportAs = (categories: string[], recipient = RECIPIENT) => api.gql(clinic.staff.therapist, EXPORT, { input: { patientId: clinic.patientId, ...recipient, categories } });
  const disclosures = () => api.prisma.disclosure.count({ where: { patientId: clinic.patientId } });
  // Dates a day either side of the UTC date, so the program's own calendar day never decides a test.
  const consent = async (values: Record<string, unknown>) =>
    ok(
      await api.gql(clinic.staff.caseManager, RECORD, {
        input: { patientId: clinic.patientId, ...RECIPIENT, purpose: 'Coordination of care', startsOn: programDay(-1), expiresOn: programDay(365), ...values },
      }),
    ).recordConsent.consent.id;

  it('should refuse an export without consent, naming what is missing, and disclose nothing', async () => {
    const refused = failure(await exportAs(['MEDICATIONS']));
    expect(refused.extensions.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Disclosure refused: no consent names organization "Harbor Primary Care" as recipient');
    expect(await disclosures()).toBe(0);
  });

  it('should export what a consent covers, with the redisclosure notice, keeping Part 2 items out unless consented to', async () => {
    const consentId = await consent({ categories: ['MEDICATIONS', 'PROBLEMS_AND_GOALS'] });
    const exported = ok(await exportAs(['MEDICATIONS', 'PROBLEMS_AND_GOALS'])).exportPlan;
    expect(exported.notice).toContain('42 CFR part 2');
    const document = JSON.parse(exported.document);
    expect(document.notice).toBe(exported.notice);
    expect(document.medicationChanges.map((change: any) => change.medicationName)).toEqual(['Prazosin']);
    expect(document.problems.map((problem: any) => problem.title)).toEqual(['Nightmares']);
    expect(document.goals).toEqual([]);
    expect(exported.disclosure).toMatchObject({ consentId, recipientName: 'Harbor Primary Care', categories: ['MEDICATIONS', 'PROBLEMS_AND_GOALS'], disclosedById: clinic.staff.therapist });

    const partTwo = failure(await exportAs(['MEDICATIONS', 'SUBSTANCE_USE']));
    expect(partTwo.message).toBe('Disclosure refused: the consent for organization "Harbor Primary Care" does not cover: SUBSTANCE_USE');
    expect(await disclosures()).toBe(1);
    const exports = await api.prisma.auditEvent.findMany({ where: { patientId: clinic.patientId, operation: 'exportPlan' }, orderBy: { occurredAt: 'asc' } });
    expect(exports.map((event) => [event.outcome, event.reason])).toEqual([
      ['REFUSED', 'Disclosure refused: no consent names organization "Harbor Primary Care" as recipient'],
      ['ALLOWED', null],
      ['REFUSED', partTwo.message],
    ]);
  });

  it('should disclose SUD counseling notes only under a consent that names them', async () => {
    const family = { recipientType: 'FAMILY_MEMBER', recipientName: 'Ana Lopez' };
    await consent({ ...family, allCategories: true });
    const all = JSON.parse(ok(await exportAs(['MEDICATIONS', 'SUBSTANCE_USE'], family)).exportPlan.document);
    expect(all.medicationChanges.map((change: any) => change.medicationName).sort()).toEqual(['Naltrexone', 'Prazosin']);
    expect(failure(await exportAs(['SUD_COUNSELING_NOTES'], family)).message).toContain('does not cover: SUD_COUNSELING_NOTES');
    await consent({ ...family, categories: ['SUD_COUNSELING_NOTES'] });
    const notes = JSON.parse(ok(await exportAs(['SUD_COUNSELING_NOTES'], family)).exportPlan.document);
    expect(notes.sudCounselingNotes.map((note: any) => note.text)).toEqual(['Counseling session content']);
  });

  it('should refuse after revocation and after expiry, and account for every disclosure made', async () => {
    const person = { recipientType: 'PERSON', recipientName: 'Dr. Kim Osei' };
    const consentId = await consent({ ...person, categories: ['OUTCOME_MEASURES'] });
    ok(await exportAs(['OUTCOME_MEASURES'], person));
    ok(await api.gql(clinic.staff.therapist, REVOKE, { input: { consentId, reason: 'Patient withdrew consent' } }));
    const before = await disclosures();
    expect(failure(await exportAs(['OUTCOME_MEASURES'], person)).message).toMatch(/^Disclosure refused: no consent in force for person "Dr. Kim Osei": the consent was revoked on \d{4}-\d{2}-\d{2}$/);

    const lawyer = { recipientType: 'PERSON', recipientName: 'Jordan Price' };
    await consent({ ...lawyer, categories: ['ATTENDANCE'], startsOn: programDay(-60), expiresOn: programDay(-2) });
    expect(failure(await exportAs(['ATTENDANCE'], lawyer)).message).toBe(`Disclosure refused: no consent in force for person "Jordan Price": the consent expired on ${programDay(-2)}`);
    expect(await disclosures()).toBe(before);

    const accounting = ok(
      await api.gql(clinic.staff.admin, `query($patientId: ID!) { disclosures(patientId: $patientId) { nodes { recipientName categories disclosedById consentId disclosedAt } } }`, {
        patientId: clinic.patientId,
      }),
    ).disclosures.nodes;
    expect(accounting.map((entry: any) => entry.recipientName)).toEqual(['Dr. Kim Osei', 'Ana Lopez', 'Ana Lopez', 'Harbor Primary Care']);
    expect(accounting.every((entry: any) => entry.disclosedById === clinic.staff.therapist && entry.consentId && entry.disclosedAt)).toBe(true);
    const consents = ok(await api.gql(clinic.staff.cotherapist, `query($patientId: ID!) { consents(patientId: $patientId) { nodes { recipientName revokedAt } } }`, { patientId: clinic.patientId }))
      .consents.nodes;
    expect(consents).toHaveLength(5);
    expect(consents.filter((entry: any) => entry.revokedAt).map((entry: any) => entry.recipientName)).toEqual(['Dr. Kim Osei']);
    await expect(api.prisma.disclosure.deleteMany({ where: { patientId: clinic.patientId } })).rejects.toThrow(/append-only/);
  });
});
