import request from 'supertest';
import type { Bundle, Condition, DocumentReference, EpisodeOfCare, MedicationRequest, Observation, Patient, Provenance, Resource } from '@medplum/fhirtypes';
import { fillPlan, REALISTIC_PLAN } from '../../bench/plan-fixture.js';
import { asamRatings, programDay, useClinic } from '../support/clinic.js';
import { validateBundle } from '../support/fhir-validator.js';
import { failure, ok } from '../support/test-api.js';

const EXPORT = `mutation($input: ExportPlanInput!) { exportPlan(input: $input) { notice document disclosure { id categories } } }`;
const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } } }`;
const LAKESIDE = { recipientType: 'ORGANIZATION', recipientName: 'Lakeside Family Medicine' };
const HARBOR = { recipientType: 'ORGANIZATION', recipientName: 'Harbor Primary Care' };
const ALL = ['PROBLEMS_AND_GOALS', 'MEDICATIONS', 'OUTCOME_MEASURES', 'PROGRESS_NOTES', 'SAFETY_PLAN', 'ATTENDANCE', 'SUBSTANCE_USE', 'SUD_COUNSELING_NOTES'];
const PART2 = '42CFRPart2';

const resourcesOf = (bundle: Bundle) => (bundle.entry ?? []).map((entry) => entry.resource!);
const ofType = <T extends Resource>(bundle: Bundle, type: T['resourceType']) => resourcesOf(bundle).filter((resource): resource is T => resource.resourceType === type);
const labelled = (resource: Resource) => Boolean(resource.meta?.security?.some((label) => label.code === PART2));

describe('FHIR R4 export: the plan as a validated Bundle (e2e)', () => {
  const { api, clinic } = useClinic();
  const validated = { resources: 0, profiled: 0, errors: 0 };

  /** Validates every Bundle a test receives; any error fails the test with the resource and element named. */
  const validBundle = (bundle: Bundle): Bundle => {
    const result = validateBundle(bundle);
    validated.resources += result.resources;
    validated.profiled += result.profiled;
    validated.errors += result.errors.length;
    expect(result.errors.map(({ resource, issue }) => `${resource}: ${issue.expression?.join(',')} ${issue.details?.text}`)).toEqual([]);
    return bundle;
  };
  const exportFhir = async (categories: string[], recipient = LAKESIDE): Promise<{ bundle: Bundle; notice: string; disclosure: { categories: string[] } }> => {
    const exported = ok(await api.gql(clinic.staff.therapist, EXPORT, { input: { patientId: clinic.patientId, ...recipient, categories, format: 'FHIR_R4' } })).exportPlan;
    return { ...exported, bundle: validBundle(JSON.parse(exported.document) as Bundle) };
  };
  const everything = async (staffId: string | null, query: Record<string, string | string[]>, patientId = clinic.patientId) => {
    const call = request(api.app.getHttpServer()).get(`/fhir/Patient/${patientId}/$everything`).query(query);
    if (staffId) call.set('authorization', `Bearer ${await api.tokenFor(staffId)}`);
    return call;
  };
  const consent = async (recipient: typeof LAKESIDE, categories: string[]) =>
    ok(
      await api.gql(clinic.staff.caseManager, RECORD_CONSENT, {
        input: { patientId: clinic.patientId, ...recipient, purpose: 'Coordination of care', categories, startsOn: programDay(-1), expiresOn: programDay(365) },
      }),
    );
  const disclosures = () => api.prisma.disclosure.count({ where: { patientId: clinic.patientId } });

  beforeAll(async () => {
    const { therapist, prescriber, facilitator } = clinic.staff;
    await fillPlan(
      api.prisma,
      { planId: clinic.planId, patientId: clinic.patientId, programId: clinic.programId, therapistId: therapist, facilitatorId: facilitator, prescriberId: prescriber },
      REALISTIC_PLAN,
    );
    const addProblem = `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }`;
    const alcohol = ok(
      await api.gql(therapist, addProblem, {
        input: {
          planId: clinic.planId,
          title: 'Alcohol use disorder, moderate',
          description: 'Daily drinking',
          category: 'SUBSTANCE_USE',
          icd10Code: 'F10.20',
          icd10Display: 'Alcohol dependence, uncomplicated',
        },
      }),
    ).addProblem.problem;
    ok(
      await api.gql(therapist, addProblem, {
        input: {
          planId: clinic.planId,
          title: 'Posttraumatic stress disorder',
          description: 'Nightmares',
          category: 'TRAUMA',
          snomedCode: '47505003',
          snomedDisplay: 'Posttraumatic stress disorder',
          icd10Code: 'F43.10',
          icd10Display: 'Post-traumatic stress disorder, unspecified',
        },
      }),
    );
    const goal = ok(
      await api.gql(therapist, `mutation($input: AddGoalInput!) { addGoal(input: $input) { goal { id } } }`, {
        input: { planId: clinic.planId, statement: 'Stay sober', problemIds: [alcohol.id], ownerId: therapist },
      }),
    ).addGoal.goal;
    const medication = `mutation($input: RecordMedicationChangeInput!) { recordMedicationChange(input: $input) { medicationChange { id } } }`;
    for (const [medicationName, rxNormCode, forSubstanceUse] of [
      ['Naltrexone 50 MG Oral Tablet', '198405', true],
      ['Prazosin 1 MG Oral Capsule', '198143', false],
    ] as const) {
      ok(
        await api.gql(prescriber, medication, {
          input: {
            planId: clinic.planId,
            medicationName,
            rxNormCode,
            dose: '1 tablet',
            route: 'oral',
            frequency: 'daily',
            changeType: 'START',
            reason: 'Indicated',
            forSubstanceUse,
            effectiveAt: new Date().toISOString(),
          },
        }),
      );
    }
    ok(
      await api.gql(therapist, `mutation($input: RecordOutcomeMeasureInput!) { recordOutcomeMeasure(input: $input) { outcomeMeasure { id } } }`, {
        input: { planId: clinic.planId, type: 'AUDIT_C', score: 7, administeredAt: new Date().toISOString() },
      }),
    );
    const note = ok(
      await api.gql(therapist, `mutation($input: AddClinicalNoteInput!) { addClinicalNote(input: $input) { note { id } } }`, {
        input: { planId: clinic.planId, kind: 'PROGRESS', goalId: goal.id, text: 'Sober for 10 days', noteDate: programDay(0) },
      }),
    ).addClinicalNote.note;
    ok(
      await api.gql(therapist, `mutation($input: AmendClinicalNoteInput!) { amendClinicalNote(input: $input) { note { id } } }`, {
        input: { noteId: note.id, text: 'Sober for 12 days', reason: 'Miscounted' },
      }),
    );
    const session = await api.prisma.individualSession.findFirstOrThrow({ where: { planId: clinic.planId } });
    ok(
      await api.gql(therapist, `mutation($input: AddClinicalNoteInput!) { addClinicalNote(input: $input) { note { id } } }`, {
        input: { planId: clinic.planId, kind: 'SESSION', individualSessionId: session.id, sudCounseling: true, text: 'Counseling content', noteDate: programDay(0) },
      }),
    );
    const plan = await api.prisma.treatmentPlan.findUniqueOrThrow({ where: { id: clinic.planId } });
    ok(
      await api.gql(therapist, `mutation($input: ChangeLevelOfCareInput!) { changeLevelOfCare(input: $input) { plan { id } } }`, {
        input: { planId: clinic.planId, expectedVersion: plan.version, toLevel: 'PHP', reason: 'Relapse risk', ratings: asamRatings() },
      }),
    );
  });

  afterAll(() => {
    process.stdout.write(`FHIR export: ${validated.resources} resources validated against FHIR R4 (${validated.profiled} also against a US Core profile), ${validated.errors} errors\n`);
  });

  it('should refuse an export without consent over GraphQL and over REST, disclosing nothing and auditing the refusal', async () => {
    const refused = failure(await api.gql(clinic.staff.therapist, EXPORT, { input: { patientId: clinic.patientId, ...HARBOR, categories: ['MEDICATIONS'], format: 'FHIR_R4' } }));
    expect(refused.extensions.code).toBe('FORBIDDEN');
    const response = await everything(clinic.staff.therapist, { recipientType: 'ORGANIZATION', recipient: HARBOR.recipientName, category: 'MEDICATIONS' });
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    expect(response.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden', details: { coding: [{ code: 'FORBIDDEN' }] } }] });
    expect(response.body.issue[0].details.text).toContain('no consent names organization "Harbor Primary Care"');
    expect(await disclosures()).toBe(0);
    const audited = await api.prisma.auditEvent.findMany({ where: { patientId: clinic.patientId, operation: 'exportPlan' } });
    expect(audited.map((event) => event.outcome)).toEqual(['REFUSED', 'REFUSED']);
  });

  it('should export the whole plan as a valid FHIR R4 Bundle with identity, codes, team, episode, consent and provenance', async () => {
    await consent(LAKESIDE, ALL);
    const { bundle, disclosure, notice } = await exportFhir(ALL);
    expect(disclosure.categories).toEqual(ALL);
    const count = (type: string) => resourcesOf(bundle).filter((resource) => resource.resourceType === type).length;
    expect(Object.fromEntries(['Patient', 'Organization', 'CareTeam', 'EpisodeOfCare', 'CarePlan', 'Consent', 'Provenance'].map((type) => [type, count(type)]))).toEqual({
      Patient: 1,
      Organization: 2,
      CareTeam: 1,
      EpisodeOfCare: 1,
      CarePlan: 1,
      Consent: 1,
      Provenance: 1,
    });
    expect(count('Condition')).toBe(12);
    expect(count('Goal')).toBe(11);
    expect(count('MedicationRequest')).toBe(22);
    expect(count('Observation')).toBe(31);
    expect(count('Encounter')).toBe(120);
    expect(count('PractitionerRole')).toBe(5);

    const [patient] = ofType<Patient>(bundle, 'Patient');
    const stored = await api.prisma.patient.findUniqueOrThrow({ where: { id: clinic.patientId } });
    expect(patient.identifier).toEqual([expect.objectContaining({ system: `urn:uuid:${clinic.programId}`, value: stored.recordNumber })]);
    expect(patient).toMatchObject({ name: [{ family: stored.lastName, given: [stored.firstName] }], birthDate: '1990-04-02' });

    const codings = resourcesOf(bundle).flatMap((resource) => JSON.stringify(resource).match(/"system":"[^"]+","code":"[^"]+"/g) ?? []);
    for (const expected of [
      '"system":"http://loinc.org","code":"44261-6"',
      '"system":"http://loinc.org","code":"44260-8"',
      '"system":"http://loinc.org","code":"70274-6"',
      '"system":"http://loinc.org","code":"91006-2"',
      '"system":"http://loinc.org","code":"75626-2"',
      '"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"198405"',
      '"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"198143"',
      '"system":"http://snomed.info/sct","code":"47505003"',
      '"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"F10.20"',
    ]) {
      expect(codings).toContain(expected);
    }

    const [episode] = ofType<EpisodeOfCare>(bundle, 'EpisodeOfCare');
    expect(episode.extension!.map((stay) => stay.extension![0].valueCodeableConcept!.text)).toEqual(['Intensive outpatient (IOP)', 'Partial hospitalization (PHP)']);
    const [provenance] = ofType<Provenance>(bundle, 'Provenance');
    expect(provenance.text!.div).toContain('42 CFR part 2');
    expect(notice).toContain('42 CFR part 2');
    expect(provenance.target).toHaveLength(resourcesOf(bundle).length - 1);

    // Part 2 data carries Part 2's labels, and so does the Bundle; the rest is restricted but not Part 2.
    const alcohol = ofType<Condition>(bundle, 'Condition').find((condition) => condition.code?.text?.startsWith('Alcohol'))!;
    const ptsd = ofType<Condition>(bundle, 'Condition').find((condition) => condition.code?.text === 'Posttraumatic stress disorder')!;
    expect(alcohol.meta!.security!.map((label) => label.code)).toEqual(['R', PART2, 'ETH', 'NORDSCLCD']);
    expect(labelled(ptsd)).toBe(false);
    expect(ptsd.meta!.security!.map((label) => label.code)).toEqual(['R', 'PSY']);
    expect(bundle.meta!.security!.map((label) => label.code)).toContain(PART2);

    // Amendments append to the note; SUD counseling notes travel under their own category.
    const documents = ofType<DocumentReference>(bundle, 'DocumentReference');
    const amendment = documents.find((document) => document.docStatus === 'amended')!;
    expect(Buffer.from(amendment.content[0].attachment.data!, 'base64').toString()).toBe('Sober for 12 days');
    expect(amendment.relatesTo).toEqual([{ code: 'appends', target: expect.objectContaining({ type: 'DocumentReference' }) }]);
    expect(documents.filter((document) => document.type?.text === 'SUD counseling note')).toHaveLength(1);
    const [safetyPlan] = documents.filter((document) => document.type?.text === 'Safety plan');
    expect(Buffer.from(safetyPlan.content[0].attachment.data!, 'base64').toString()).toContain('988 Suicide and Crisis Lifeline');
  });

  it('should have a validator that finds errors: an element of the wrong type, a missing required one, a US Core rule broken', () => {
    const patient: Patient = {
      resourceType: 'Patient',
      id: 'p1',
      meta: { profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient'] },
      birthDate: 'yesterday',
      name: [{ family: 'Doe' }],
    };
    const request = { resourceType: 'MedicationRequest', id: 'm1', intent: 'order', subject: { reference: 'urn:uuid:p1' } } as unknown as MedicationRequest;
    const result = validateBundle({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: patient }, { resource: request }] });
    const found = result.errors.map(({ resource, issue }) => `${resource} ${issue.expression?.[0]}`);
    expect(found).toEqual(
      expect.arrayContaining(['Patient/p1 Patient.birthDate', 'MedicationRequest/m1 MedicationRequest.status', expect.stringMatching(/^Patient\/p1 \(us-core-patient\) Patient\.(identifier|gender)/)]),
    );
  });

  it('should leave out what the consent does not cover: Part 2 data without SUBSTANCE_USE, SUD counseling notes unless named', async () => {
    await consent(HARBOR, ['PROBLEMS_AND_GOALS', 'MEDICATIONS', 'OUTCOME_MEASURES', 'PROGRESS_NOTES']);
    const { bundle } = await exportFhir(['PROBLEMS_AND_GOALS', 'MEDICATIONS', 'OUTCOME_MEASURES', 'PROGRESS_NOTES'], HARBOR);
    expect(resourcesOf(bundle).filter(labelled)).toEqual([]);
    expect(bundle.meta!.security!.map((label) => label.code)).toEqual(['R', 'PSY']);
    const conditions = ofType<Condition>(bundle, 'Condition');
    // The fixture's co-occurring problems and the alcohol use disorder are Part 2; the trauma ones are not.
    expect(conditions.map((condition) => condition.code!.text).sort()).toEqual(['Posttraumatic stress disorder', 'Problem 1', 'Problem 3', 'Problem 5', 'Problem 7', 'Problem 9']);
    const medications = ofType<MedicationRequest>(bundle, 'MedicationRequest').map((request) => request.medicationCodeableConcept!.text);
    expect(medications).toContain('Prazosin 1 MG Oral Capsule');
    expect(medications).not.toContain('Naltrexone 50 MG Oral Tablet');
    const observations = ofType<Observation>(bundle, 'Observation');
    expect(observations.some((observation) => observation.code.coding![0].code === '75626-2')).toBe(false);
    expect(ofType<DocumentReference>(bundle, 'DocumentReference').some((document) => document.type?.text === 'SUD counseling note')).toBe(false);
    expect(ofType(bundle, 'Encounter')).toEqual([]);
  });

  it('should answer GET /fhir/Patient/{id}/$everything with a searchset Bundle under the same consent, recorded in the accounting', async () => {
    const before = await disclosures();
    const response = await everything(clinic.staff.caseManager, { recipientType: 'ORGANIZATION', recipient: LAKESIDE.recipientName, category: ['MEDICATIONS', 'SUBSTANCE_USE'] });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    expect(response.headers['cache-control']).toBe('no-store');
    const bundle = validBundle(JSON.parse(response.text) as Bundle);
    expect(bundle.type).toBe('searchset');
    expect(bundle.entry![0].search).toEqual({ mode: 'match' });
    expect(ofType(bundle, 'MedicationRequest')).toHaveLength(22);
    expect(ofType(bundle, 'Condition')).toEqual([]);
    expect(await disclosures()).toBe(before + 1);
    const latest = await api.prisma.disclosure.findFirstOrThrow({ where: { patientId: clinic.patientId }, orderBy: { disclosedAt: 'desc' } });
    expect(latest).toMatchObject({ recipientName: LAKESIDE.recipientName, categories: ['MEDICATIONS', 'SUBSTANCE_USE'], disclosedById: clinic.staff.caseManager });
  });

  it('should refuse REST callers as the GraphQL operation does, with an OperationOutcome naming the code and element', async () => {
    const query = { recipientType: 'ORGANIZATION', recipient: LAKESIDE.recipientName, category: 'MEDICATIONS' };
    const before = await disclosures();
    const anonymous = await everything(null, query);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.issue[0].details.coding[0].code).toBe('UNAUTHENTICATED');
    const cookieOnly = await request(api.app.getHttpServer()).get(`/fhir/Patient/${clinic.patientId}/$everything`).query(query).set('cookie', 'oneplan_session=x');
    expect(cookieOnly.status).toBe(401);
    expect((await everything(clinic.staff.outsider, query)).status).toBe(404);
    const facilitator = await everything(clinic.staff.facilitator, query);
    expect(facilitator.status).toBe(403);
    expect(facilitator.body.issue[0].code).toBe('forbidden');
    const notUuid = await everything(clinic.staff.therapist, query, 'not-a-uuid');
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.issue[0].expression).toEqual(['patientId']);
    const bad = await everything(clinic.staff.therapist, { recipientType: 'SOMEONE', category: 'EVERYTHING' });
    expect(bad.status).toBe(400);
    expect(bad.body.issue.map((issue: { expression: string[] }) => issue.expression[0])).toEqual(['recipientType', 'recipient', 'category']);
    expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.js|SELECT/);
    expect(await disclosures()).toBe(before);
  });
});
