import type { Bundle } from '@medplum/fhirtypes';
import { buildClinic, isoDate, programDay, type Clinic, useClinic } from '../support/clinic.js';
import { validateBundle } from '../support/fhir-validator.js';
import { ok, startTestApi, type TestApi } from '../support/test-api.js';

const ALL = ['PROBLEMS_AND_GOALS', 'MEDICATIONS', 'OUTCOME_MEASURES', 'PROGRESS_NOTES', 'SAFETY_PLAN', 'ATTENDANCE', 'SUBSTANCE_USE'];
const RECIPIENT = { recipientType: 'ORGANIZATION', recipientName: 'Riverside Recovery Center' };

describe('FHIR R4 round trip: exported from one database, imported into another (e2e)', () => {
  const { api, clinic } = useClinic();
  const receiving = {} as { api: TestApi; clinic: Clinic };
  let bundle: Bundle;

  beforeAll(async () => {
    const { therapist, prescriber, caseManager } = clinic.staff;
    const addProblem = `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }`;
    ok(
      await api.gql(therapist, addProblem, {
        input: {
          planId: clinic.planId,
          title: 'Posttraumatic stress disorder',
          description: 'x',
          category: 'TRAUMA',
          snomedCode: '47505003',
          snomedDisplay: 'Posttraumatic stress disorder',
          icd10Code: 'F43.10',
          icd10Display: 'Post-traumatic stress disorder, unspecified',
        },
      }),
    );
    ok(
      await api.gql(therapist, addProblem, {
        input: { planId: clinic.planId, title: 'Alcohol use disorder, moderate', description: 'x', category: 'SUBSTANCE_USE', icd10Code: 'F10.20', icd10Display: 'Alcohol dependence, uncomplicated' },
      }),
    );
    ok(await api.gql(therapist, addProblem, { input: { planId: clinic.planId, title: 'Insomnia', description: 'x', category: 'CO_OCCURRING' } }));
    const medication = `mutation($input: RecordMedicationChangeInput!) { recordMedicationChange(input: $input) { medicationChange { id } } }`;
    for (const [medicationName, rxNormCode, changeType] of [
      ['Naltrexone 50 MG Oral Tablet', '198405', 'START'],
      ['Prazosin 1 MG Oral Capsule', '198143', 'START'],
      ['Prazosin 1 MG Oral Capsule', '198143', 'ADJUST'],
      ['Trazodone', null, 'START'],
      ['Hydroxyzine', null, 'START'],
      ['Hydroxyzine', null, 'STOP'],
    ] as const) {
      ok(
        await api.gql(prescriber, medication, {
          input: { planId: clinic.planId, medicationName, rxNormCode, dose: '1 tablet', route: 'oral', frequency: 'nightly', changeType, reason: 'x', effectiveAt: new Date().toISOString() },
        }),
      );
    }
    ok(
      await api.gql(caseManager, `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } } }`, {
        input: { patientId: clinic.patientId, ...RECIPIENT, purpose: 'Transfer of care', categories: ALL, startsOn: programDay(-1), expiresOn: programDay(30) },
      }),
    );
    const exported = ok(
      await api.gql(therapist, `mutation($input: ExportPlanInput!) { exportPlan(input: $input) { document } }`, {
        input: { patientId: clinic.patientId, ...RECIPIENT, categories: ALL, format: 'FHIR_R4' },
      }),
    );
    bundle = JSON.parse(exported.exportPlan.document) as Bundle;
    expect(validateBundle(bundle).errors).toEqual([]);
    Object.assign(receiving, { api: await startTestApi() });
    receiving.clinic = await buildClinic(receiving.api, 'PHP');
  });

  afterAll(() => receiving.api?.close());

  it('should carry the same patient identity, problems and current medications, each with its codes', async () => {
    const source = await api.prisma.patient.findUniqueOrThrow({ where: { id: clinic.patientId } });
    expect(await receiving.api.prisma.patient.count({ where: { lastName: source.lastName } })).toBe(0);
    const imported = ok(
      await receiving.api.gql(
        receiving.clinic.staff.admin,
        `mutation($input: ImportPatientBundleInput!) { importPatientBundle(input: $input) {
          matchedBy skippedResources patient { id firstName lastName dateOfBirth recordNumber }
          importedItems { kind display snomed { code display } icd10 { code display } rxNorm { code } }
        } }`,
        { input: { bundle: JSON.stringify(bundle), recordNumber: source.recordNumber } },
      ),
    ).importPatientBundle;
    expect(imported.matchedBy).toBe('REGISTERED');
    expect(imported.patient).toMatchObject({ firstName: source.firstName, lastName: source.lastName, dateOfBirth: isoDate(source.dateOfBirth), recordNumber: source.recordNumber });
    const identifiers = await receiving.api.prisma.patientIdentifier.findMany({ where: { patientId: imported.patient.id } });
    expect(identifiers.map(({ system, value }) => ({ system, value }))).toEqual([{ system: `urn:uuid:${clinic.programId}`, value: source.recordNumber }]);

    const problems = await api.prisma.problem.findMany({ where: { planId: clinic.planId }, orderBy: { createdAt: 'asc' } });
    const conditions = (imported.importedItems as Array<Record<string, any>>).filter((item) => item.kind === 'CONDITION');
    expect(conditions.map((item) => ({ display: item.display, snomed: item.snomed?.code ?? null, icd10: item.icd10?.code ?? null }))).toEqual(
      problems.map((problem) => ({ display: problem.title, snomed: problem.snomedCode, icd10: problem.icd10Code })),
    );
    const medications = (imported.importedItems as Array<Record<string, any>>).filter((item) => item.kind === 'MEDICATION');
    expect(medications.map((item) => `${item.display} ${item.rxNorm?.code ?? '-'}`).sort()).toEqual(['Naltrexone 50 MG Oral Tablet 198405', 'Prazosin 1 MG Oral Capsule 198143', 'Trazodone -']);
    expect(imported.skippedResources.map((reference: string) => reference.split('/')[0])).toEqual(
      expect.arrayContaining(['CarePlan', 'EpisodeOfCare', 'CareTeam', 'DocumentReference', 'Consent', 'Provenance']),
    );

    // The next Bundle from the same sender matches the patient by the identifier it gave them.
    const again = ok(
      await receiving.api.gql(receiving.clinic.staff.admin, `mutation($input: ImportPatientBundleInput!) { importPatientBundle(input: $input) { matchedBy patient { id } } }`, {
        input: { bundle: JSON.stringify(bundle) },
      }),
    );
    expect(again.importPatientBundle).toEqual({ matchedBy: 'IDENTIFIER', patient: { id: imported.patient.id } });
  });
});
