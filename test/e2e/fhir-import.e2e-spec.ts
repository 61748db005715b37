import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { addPatient, programDay, useClinic } from '../support/clinic.js';
import { EHR_MRN_SYSTEM, ehrBundle, newMrn } from '../support/fhir-bundles.js';
import { failure, ok } from '../support/test-api.js';

const IMPORT = `mutation($input: ImportPatientBundleInput!) {
  importPatientBundle(input: $input) {
    matchedBy
    patient { id firstName lastName dateOfBirth recordNumber }
    plan { id status }
    skippedResources
    importedItems { id kind status display detail source sourceReference snomed { code } icd10 { code display } rxNorm { code } }
  }
}`;
const PENDING = `query($id: ID!) { treatmentPlan(id: $id) { pendingImportedItems { id kind display } } }`;

describe('FHIR R4 import: a patient record from an EHR, as drafts for the team (e2e)', () => {
  const { api, clinic } = useClinic();
  const importAs = (staffId: string, bundle: Bundle | string, extra: Record<string, unknown> = {}) =>
    api.gql(staffId, IMPORT, { input: { bundle: typeof bundle === 'string' ? bundle : JSON.stringify(bundle), ...extra } });
  const imported = async (bundle: Bundle | string, extra: Record<string, unknown> = {}) => ok(await importAs(clinic.staff.admin, bundle, extra)).importPatientBundle;
  const counts = async () => ({
    patients: await api.prisma.patient.count(),
    imports: await api.prisma.patientImport.count(),
    items: await api.prisma.importedItem.count(),
    episodes: await api.prisma.episode.count(),
    plans: await api.prisma.treatmentPlan.count(),
    identifiers: await api.prisma.patientIdentifier.count(),
  });

  it('should register a new patient with an episode and a draft plan, and store each condition, medication and allergy as a draft with its source', async () => {
    const mrn = newMrn();
    const observation = {
      resourceType: 'Observation',
      id: crypto.randomUUID(),
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] },
      valueQuantity: { value: 72 },
    } as Resource;
    const result = await imported(ehrBundle({ mrn, family: 'Okafor', given: 'Grace', birthDate: '1988-09-14' }, [observation]), { recordNumber: 'PHP-9001' });
    expect(result.matchedBy).toBe('REGISTERED');
    expect(result.patient).toMatchObject({ firstName: 'Grace', lastName: 'Okafor', dateOfBirth: '1988-09-14', recordNumber: 'PHP-9001' });
    expect(result.plan.status).toBe('DRAFT');
    expect(result.skippedResources).toEqual([expect.stringMatching(/^Observation\//)]);
    const items = result.importedItems as Array<Record<string, any>>;
    expect(items.map((item) => `${item.kind} ${item.display}`)).toEqual([
      'CONDITION PTSD',
      'CONDITION Alcohol dependence, uncomplicated',
      'CONDITION Hypertension',
      'MEDICATION Sertraline 50 mg tablet',
      'MEDICATION Multivitamin',
      'MEDICATION amlodipine 5 MG Oral Tablet',
      'ALLERGY Penicillin',
    ]);
    expect(items[0]).toMatchObject({
      status: 'PENDING',
      source: 'https://ehr.springfield-family.example/fhir',
      snomed: { code: '47505003' },
      icd10: { code: 'F43.10' },
      detail: 'Clinical status: active; Onset: 2019-06-01',
    });
    expect(items[0].sourceReference).toMatch(/^Condition\/[0-9a-f-]{36}$/);
    expect(items[1].icd10).toEqual({ code: 'F10.20', display: 'Alcohol dependence, uncomplicated' });
    expect(items.slice(3).map((item) => item.rxNorm?.code ?? null)).toEqual(['312938', null, '197361', null]);
    expect(items[3].detail).toBe('Dosage: 1 tablet by mouth daily; Status: active');
    expect(items[6].detail).toBe('Criticality: high; Reactions: Hives');
    const identifiers = await api.prisma.patientIdentifier.findMany({ where: { patientId: result.patient.id } });
    expect(identifiers.map(({ system, value }) => ({ system, value }))).toEqual([{ system: EHR_MRN_SYSTEM, value: mrn }]);
    const episode = await api.prisma.episode.findFirstOrThrow({ where: { patientId: result.patient.id } });
    expect(episode.status).toBe('OPEN');
    const history = await api.prisma.planRevision.findMany({ where: { planId: result.plan.id }, orderBy: { createdAt: 'asc' } });
    expect(history.map((revision) => revision.entityType)).toEqual(['TreatmentPlan', 'PatientImport', ...Array(7).fill('ImportedItem')]);
    const audited = await api.prisma.auditEvent.findMany({ where: { operation: 'importPatientBundle', patientId: result.patient.id } });
    expect(audited.length).toBeGreaterThan(0);

    // The same EHR's next Bundle matches by its record number, whatever the name now says.
    const again = await imported(ehrBundle({ mrn, family: 'Okafor-Reyes', given: 'Grace', birthDate: '1988-09-14' }));
    expect(again.matchedBy).toBe('IDENTIFIER');
    expect(again.patient.id).toBe(result.patient.id);
    expect(again.plan.id).toBe(result.plan.id);
  });

  it("should match a patient of the program by name and date of birth, and take the program's own record number as an identifier", async () => {
    const patient = await api.prisma.patient.findUniqueOrThrow({ where: { id: clinic.patientId } });
    const byName = await imported(ehrBundle({ mrn: newMrn(), family: patient.lastName.toUpperCase(), given: patient.firstName.toLowerCase(), birthDate: '1990-04-02' }));
    expect(byName).toMatchObject({ matchedBy: 'NAME_AND_BIRTH_DATE', patient: { id: clinic.patientId }, plan: { id: clinic.planId } });
    const own = ehrBundle({ family: 'Anyone', given: 'Else', birthDate: '1990-04-02' });
    (own.entry![0].resource as { identifier: unknown[] }).identifier = [{ system: `urn:uuid:${clinic.programId}`, value: patient.recordNumber }];
    expect(await imported(own)).toMatchObject({ matchedBy: 'IDENTIFIER', patient: { id: clinic.patientId } });
  });

  it('should refuse an ambiguous match with the candidates, and a match by identifier whose date of birth differs, writing nothing', async () => {
    const twins = [await addPatient(api, clinic.programId, clinic.staff), await addPatient(api, clinic.programId, clinic.staff)];
    await api.prisma.patient.updateMany({ where: { id: { in: twins.map((twin) => twin.patientId) } }, data: { firstName: 'Sam', lastName: 'Lee', dateOfBirth: new Date('1979-01-01') } });
    const before = await counts();
    const ambiguous = failure(await importAs(clinic.staff.admin, ehrBundle({ mrn: newMrn(), family: 'Lee', given: 'Sam', birthDate: '1979-01-01' })));
    expect(ambiguous.extensions.code).toBe('BAD_USER_INPUT');
    expect(ambiguous.message).toBe("The Bundle's patient matches 2 patients of the program by name and date of birth: give the record number of the one meant");
    expect(ambiguous.extensions.candidates.map((candidate: { patientId: string }) => candidate.patientId).sort()).toEqual(twins.map((twin) => twin.patientId).sort());
    expect(JSON.stringify(ambiguous)).not.toContain('Lee');
    // Naming the record number resolves it.
    const chosen = await api.prisma.patient.findUniqueOrThrow({ where: { id: twins[1].patientId } });
    expect((await imported(ehrBundle({ family: 'Lee', given: 'Sam', birthDate: '1979-01-01' }), { recordNumber: chosen.recordNumber })).patient.id).toBe(twins[1].patientId);
    const afterChoice = await counts();
    const wrongBirth = failure(await importAs(clinic.staff.admin, ehrBundle({ family: 'Lee', given: 'Sam', birthDate: '1979-01-02' }), { recordNumber: chosen.recordNumber }));
    expect(wrongBirth.message).toBe("The patient with the Bundle's identifier has another date of birth: check the Bundle or the record number");
    expect(await counts()).toEqual(afterChoice);
    expect(afterChoice.patients).toBe(before.patients);
  });

  it('should refuse a new patient without a record number, writing nothing', async () => {
    const before = await counts();
    const unnumbered = failure(await importAs(clinic.staff.admin, ehrBundle({ mrn: newMrn(), family: 'Novak', given: 'Ivo', birthDate: '2000-01-01' })));
    expect(unnumbered).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'recordNumber' } });
    expect(await counts()).toEqual(before);
  });

  it('should refuse invalid and unsupported resources naming the entry, resource and element, writing nothing', async () => {
    const before = await counts();
    const broken = ehrBundle({ mrn: newMrn(), family: 'Broken', given: 'Bea', birthDate: '1990-13-45' }, [{ resourceType: 'Observaton', id: 'obs-1' } as unknown as Resource]);
    (broken.entry![3].resource as unknown as { code: string }).code = 'F43.10';
    // Each invalid element reaches the client as an error of its own, all with the stable code.
    const errors = (await importAs(clinic.staff.admin, broken, { recordNumber: 'X-1' })).errors as Array<{ message: string; extensions: { code: string; field: string } }>;
    expect(new Set(errors.map((error) => error.extensions.code))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(errors.map((error) => error.extensions.field)).toEqual(
      expect.arrayContaining(['bundle.entry[0].resource.birthDate', 'bundle.entry[3].resource.code', 'bundle.entry[12].resource.resourceType']),
    );
    const messages = errors.map((error) => error.message).join('\n');
    expect(messages).toContain('Entry 12: "Observaton" is not a FHIR R4 resource type');
    expect(messages).toMatch(/Condition\/[0-9a-f-]+ Condition\.code/);
    for (const [bundle, field, message] of [
      ['{"resourceType": "Bundle", ', 'bundle', 'The bundle is not valid JSON'],
      [{ resourceType: 'Patient' }, 'bundle', 'The bundle must be a FHIR R4 Bundle (resourceType "Bundle")'],
      [{ resourceType: 'Bundle', type: 'collection', entry: [] }, 'bundle.entry', 'The Bundle has no entries'],
      [
        { resourceType: 'Bundle', type: 'collection', entry: Array.from({ length: 501 }, () => ({ resource: { resourceType: 'Patient' } })) },
        'bundle.entry',
        'A patient Bundle holds at most 500 entries (this one: 501)',
      ],
      [
        {
          ...ehrBundle({ family: 'A', given: 'B', birthDate: '1990-01-01' }),
          entry: ehrBundle({ family: 'A', given: 'B', birthDate: '1990-01-01' }).entry!.filter((e) => e.resource!.resourceType !== 'Patient'),
        },
        'bundle.entry',
        'A patient Bundle holds exactly one Patient (this one: 0)',
      ],
      [
        `{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","extension":[${'{"url":"http://x","extension":['.repeat(2000)}{"url":"http://x","valueString":"x"}${']}'.repeat(2000)}]}}]}`,
        'bundle',
        'The bundle nests objects and lists more than 32 deep',
      ],
      [ehrBundle({ family: 'x'.repeat(101), given: 'B', birthDate: '1990-01-01' }), 'bundle.entry[0].resource.name', expect.stringContaining('Patient.name: names are at most 100 characters')],
      [ehrBundle({ family: 'A', given: 'B', birthDate: '2999-01-01' }), 'bundle.entry[0].resource.birthDate', expect.stringContaining('Patient.birthDate: cannot be in the future')],
    ] as const) {
      const error = failure(await importAs(clinic.staff.admin, bundle as Bundle | string, { recordNumber: 'X-2' }));
      expect({ field: error.extensions.field, message: error.message }).toEqual({ field, message });
    }
    const elsewhere = ehrBundle({ family: 'Else', given: 'Where', birthDate: '1990-01-01' });
    (elsewhere.entry![3].resource as { subject: unknown }).subject = { reference: 'Patient/someone-else' };
    expect(failure(await importAs(clinic.staff.admin, elsewhere, { recordNumber: 'X-3' })).extensions.field).toBe('bundle.entry[3].resource.subject');
    expect(await counts()).toEqual(before);
  });

  it('should let the team confirm drafts as a problem, a medication started and an allergy note, or dismiss them, each once', async () => {
    const { therapist, prescriber, facilitator } = clinic.staff;
    const pending = async () => ok(await api.gql(therapist, PENDING, { id: clinic.planId })).treatmentPlan.pendingImportedItems as Array<{ id: string; kind: string; display: string }>;
    const drafts = await pending();
    const draft = (display: string) => drafts.find((item) => item.display === display)!;
    const ptsd = draft('PTSD');
    const problem = ok(
      await api.gql(therapist, `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id title icd10 { code } } } }`, {
        input: { planId: clinic.planId, title: 'Posttraumatic stress disorder', description: 'From the EHR', category: 'TRAUMA', icd10Code: 'F43.10', icd10Display: 'PTSD', importedItemId: ptsd.id },
      }),
    ).addProblem.problem;
    expect(await api.prisma.importedItem.findUniqueOrThrow({ where: { id: ptsd.id } })).toMatchObject({ status: 'CONFIRMED', resultId: problem.id, reviewedById: therapist });
    const twice = failure(
      await api.gql(therapist, `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }`, {
        input: { planId: clinic.planId, title: 'Again', description: 'x', category: 'TRAUMA', importedItemId: ptsd.id },
      }),
    );
    expect(twice).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'importedItemId' } });
    expect(await api.prisma.problem.count({ where: { planId: clinic.planId, title: 'Again' } })).toBe(0);
    const sertraline = draft('Sertraline 50 mg tablet');
    const wrongKind = failure(
      await api.gql(therapist, `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }`, {
        input: { planId: clinic.planId, title: 'A medication', description: 'x', category: 'TRAUMA', importedItemId: sertraline.id },
      }),
    );
    expect(wrongKind.message).toBe('importedItemId must name a pending imported condition of this plan');
    ok(
      await api.gql(prescriber, `mutation($input: RecordMedicationChangeInput!) { recordMedicationChange(input: $input) { medicationChange { id } } }`, {
        input: {
          planId: clinic.planId,
          medicationName: 'Sertraline',
          rxNormCode: '312938',
          dose: '50 mg',
          route: 'oral',
          frequency: 'daily',
          changeType: 'START',
          reason: 'Continued from EHR',
          effectiveAt: new Date().toISOString(),
          importedItemId: sertraline.id,
        },
      }),
    );
    ok(
      await api.gql(therapist, `mutation($input: AddClinicalNoteInput!) { addClinicalNote(input: $input) { note { id } } }`, {
        input: {
          planId: clinic.planId,
          kind: 'PROGRESS',
          text: 'Allergy: penicillin (hives, high criticality), per EHR',
          noteDate: programDay(0),
          importedItemId: draft('Penicillin').id,
        },
      }),
    );
    const dismissed = ok(
      await api.gql(facilitator, `mutation($input: DismissImportedItemInput!) { dismissImportedItem(input: $input) { importedItem { status } } }`, {
        input: { importedItemId: draft('Multivitamin').id, reason: 'Not clinically relevant' },
      }),
    ).dismissImportedItem.importedItem;
    expect(dismissed.status).toBe('DISMISSED');
    const reviewed = [ptsd.id, sertraline.id, draft('Penicillin').id, draft('Multivitamin').id];
    const left = (await pending()).map((item) => item.id);
    expect(left.filter((id) => reviewed.includes(id))).toEqual([]);
    expect(left.length).toBe(drafts.length - 4);
    const history = await api.prisma.planRevision.findMany({ where: { entityId: draft('Multivitamin').id, action: 'UPDATED' } });
    expect(history).toEqual([expect.objectContaining({ reason: 'Not clinically relevant', authorId: facilitator })]);
  });

  it('should register a patient once when the same new patient arrives in concurrent imports', async () => {
    const bundle = JSON.stringify(ehrBundle({ mrn: newMrn(), family: 'Concurrent', given: 'Cal', birthDate: '1991-07-07' }));
    // Ten at once: more than the connection pool holds, so the imports waiting on the program's lock must not starve the one holding it.
    const results = await Promise.all(Array.from({ length: 10 }, () => imported(bundle, { recordNumber: 'CC-1' })));
    expect(results.map((result) => result.matchedBy).sort()).toEqual([...Array(9).fill('IDENTIFIER'), 'REGISTERED']);
    expect(new Set(results.map((result) => result.patient.id)).size).toBe(1);
    expect(await api.prisma.patient.count({ where: { lastName: 'Concurrent' } })).toBe(1);
    expect(await api.prisma.episode.count({ where: { patientId: results[0].patient.id } })).toBe(1);
  });

  it('should read and validate a Bundle at the request size limit, printing how long it took', async () => {
    const bundle = ehrBundle({ mrn: newMrn(), family: 'Large', given: 'Lou', birthDate: '1970-01-01' });
    const subject = { reference: bundle.entry![0].fullUrl! };
    const conditions = Array.from({ length: 280 }, (_, i) => ({
      fullUrl: `urn:uuid:${crypto.randomUUID()}`,
      resource: { resourceType: 'Condition', id: `c${i}`, code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'F43.10' }], text: `Condition ${i}` }, subject } as Resource,
    }));
    const large = JSON.stringify({ ...bundle, entry: [...bundle.entry!, ...conditions] });
    expect(large.length).toBeGreaterThan(60_000);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    const refused = failure(await importAs(clinic.staff.admin, large, { recordNumber: 'L-1' }));
    const ms = performance.now() - started;
    delay.disable();
    // 287 drafts would pass the 200 pending a plan may hold: refused, after reading and validating every resource.
    expect(refused.message).toBe('A plan holds at most 200 imported drafts awaiting review: review the pending ones first');
    expect(await api.prisma.patient.count({ where: { lastName: 'Large' } })).toBe(0);
    process.stdout.write(
      `FHIR import: a ${(large.length / 1024).toFixed(0)} KB Bundle of ${conditions.length + bundle.entry!.length} entries read, validated and refused in ${ms.toFixed(0)} ms; the event loop waited at most ${(delay.max / 1e6).toFixed(0)} ms\n`,
    );
  });

  it('should take bundles from program admins only', async () => {
    const refused = failure(await importAs(clinic.staff.therapist, ehrBundle({ mrn: newMrn(), family: 'X', given: 'Y', birthDate: '1990-01-01' }), { recordNumber: 'T-1' }));
    expect(refused.extensions.code).toBe('FORBIDDEN');
    expect(failure(await importAs(clinic.staff.organizationAdmin, ehrBundle({ family: 'X', given: 'Y', birthDate: '1990-01-01' }), { recordNumber: 'T-2' })).extensions.code).toBe('FORBIDDEN');
  });
});
