import { useClinic } from '../support/clinic.js';
import { failure, ok } from '../support/test-api.js';

const ADD = `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id version snomed { system code display } icd10 { system code display } } } }`;
const UPDATE = `mutation($input: UpdateProblemInput!) { updateProblem(input: $input) { problem { version snomed { code } icd10 { code display } } } }`;
const MEASURE = `mutation($input: RecordOutcomeMeasureInput!) { recordOutcomeMeasure(input: $input) { outcomeMeasure { code { system code display } selfHarmItemCode { code } } } }`;

/**
 * Standard codes in the domain: problems carry an optional SNOMED CT concept and ICD-10-CM diagnosis
 * (shape-checked, each with its display), and outcome measures their LOINC codes from one table.
 */
describe('Problem and measure codes (e2e)', () => {
  const { api, clinic } = useClinic();
  const problem = (extra: Record<string, unknown>) => ({ planId: clinic.planId, title: 'Posttraumatic stress', description: 'Nightmares, hypervigilance', category: 'TRAUMA', ...extra });

  it('should keep a problem’s SNOMED CT and ICD-10-CM codes with their displays, and edit or remove them', async () => {
    const added = ok(
      await api.gql(clinic.staff.therapist, ADD, {
        input: problem({ snomedCode: '47505003', snomedDisplay: 'Posttraumatic stress disorder', icd10Code: 'F43.10', icd10Display: 'Post-traumatic stress disorder, unspecified' }),
      }),
    ).addProblem.problem;
    expect(added.snomed).toEqual({ system: 'http://snomed.info/sct', code: '47505003', display: 'Posttraumatic stress disorder' });
    expect(added.icd10).toEqual({ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'F43.10', display: 'Post-traumatic stress disorder, unspecified' });

    const changed = ok(
      await api.gql(clinic.staff.therapist, UPDATE, {
        input: { problemId: added.id, expectedVersion: added.version, icd10Code: 'F43.12', icd10Display: 'Post-traumatic stress disorder, chronic', snomedCode: null, snomedDisplay: null },
      }),
    ).updateProblem.problem;
    expect(changed).toEqual({ version: added.version + 1, snomed: null, icd10: { code: 'F43.12', display: 'Post-traumatic stress disorder, chronic' } });
    const revision = await api.prisma.planRevision.findFirstOrThrow({ where: { entityId: added.id, action: 'UPDATED' } });
    expect(JSON.stringify(revision.changes)).toContain('F43.12');
  });

  it.each([
    ['a SNOMED CT code that is not a concept id', { snomedCode: 'PTSD', snomedDisplay: 'x' }, 'snomedCode'],
    ['an ICD-10-CM code of the wrong shape', { icd10Code: 'F4310', icd10Display: 'x' }, 'icd10Code'],
    ['a code without its display', { icd10Code: 'F10.20' }, 'icd10Display'],
    ['a display without its code', { snomedDisplay: 'Alcohol dependence' }, 'snomedCode'],
  ])('should refuse %s with BAD_USER_INPUT on the field, and write nothing', async (_name, codes, field) => {
    const before = await api.prisma.problem.count();
    const error = failure(await api.gql(clinic.staff.therapist, ADD, { input: problem(codes) }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(error.extensions)).toContain(field);
    expect(await api.prisma.problem.count()).toBe(before);
  });

  it('should code each outcome measure from the one table: LOINC, PHQ-9 item 9 apart, the craving rating under OnePlan’s own system', async () => {
    const record = async (type: string, selfHarmItem?: number) =>
      ok(await api.gql(clinic.staff.therapist, MEASURE, { input: { planId: clinic.planId, type, score: 5, selfHarmItem, administeredAt: new Date().toISOString() } })).recordOutcomeMeasure
        .outcomeMeasure;
    expect(await record('PHQ9', 0)).toEqual({
      code: { system: 'http://loinc.org', code: '44261-6', display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]' },
      selfHarmItemCode: { code: '44260-8' },
    });
    expect((await record('GAD7')).code.code).toBe('70274-6');
    expect((await record('AUDIT_C')).code.code).toBe('75626-2');
    expect((await record('PCL5')).code.code).toBe('91006-2');
    expect(await record('CRAVING')).toMatchObject({ code: { system: 'https://oneplan.example/fhir/CodeSystem/oneplan', code: 'craving-rating' }, selfHarmItemCode: null });
  });
});
