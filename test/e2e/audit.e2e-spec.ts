import { addPatient, useClinic } from '../support/clinic.js';
import { failure, ok } from '../support/test-api.js';

const HISTORY = `query($patientId: ID!, $from: DateTime, $to: DateTime, $after: String) {
  patientAccessHistory(patientId: $patientId, from: $from, to: $to, first: 2, after: $after) { nodes { id staffId operation access recordTypes outcome requestId clientAddress occurredAt } pageInfo { endCursor hasNextPage } }
}`;

describe('Audit trail (e2e)', () => {
  const { api, clinic } = useClinic();

  const eventsOf = (where: Record<string, unknown>) => api.prisma.auditEvent.findMany({ where, orderBy: { occurredAt: 'asc' } });

  it('should audit a read with who, which patient, which record types, request id and client address', async () => {
    const response = await api.gql(
      clinic.staff.prescriber,
      `query($id: ID!) { treatmentPlan(id: $id) { id goals { statement progressNotes { nodes { text } } } medicationChanges { nodes { dose } } } }`,
      { id: clinic.planId },
    );
    expect(response.errors).toBeUndefined();
    const [event] = await eventsOf({ staffId: clinic.staff.prescriber, operation: 'treatmentPlan' });
    expect(event).toMatchObject({ patientId: clinic.patientId, access: 'READ', outcome: 'ALLOWED', breakGlass: false, recordTypes: ['ClinicalNote', 'Goal', 'MedicationChange', 'TreatmentPlan'] });
    expect(event.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.clientAddress).toMatch(/127\.0\.0\.1|::1/);
  });

  it('should audit writes and refused attempts, with the reason', async () => {
    const write = await api.gql(clinic.staff.therapist, `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }`, {
      input: { planId: clinic.planId, title: 'Grief', description: 'x', category: 'TRAUMA' },
    });
    expect(write.errors).toBeUndefined();
    expect(await eventsOf({ staffId: clinic.staff.therapist, operation: 'addProblem' })).toEqual([expect.objectContaining({ patientId: clinic.patientId, access: 'WRITE', outcome: 'ALLOWED' })]);
    const refused = failure(
      await api.gql(clinic.staff.facilitator, `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id } } }`, {
        input: { planId: clinic.planId, title: 'x', description: 'x', category: 'TRAUMA' },
      }),
    );
    expect(refused.extensions.code).toBe('FORBIDDEN');
    const [event] = await eventsOf({ staffId: clinic.staff.facilitator, operation: 'addProblem' });
    expect(event).toMatchObject({ patientId: clinic.patientId, outcome: 'REFUSED', reason: 'needs one of: PRIMARY_THERAPIST, THERAPIST' });
  });

  it('should audit each patient a list returns, in one insert per request', async () => {
    const more = [await addPatient(api, clinic.programId, clinic.staff), await addPatient(api, clinic.programId, clinic.staff)];
    let inserts = 0;
    const stop = api.prisma.onStatement((sql) => {
      if (/INSERT INTO "AuditEvent"/.test(sql)) inserts++;
    });
    const page = ok(
      await api.gql(clinic.staff.caseManager, `query($programId: ID!) { patients(programId: $programId, first: 50) { nodes { id currentPlan { id } } } }`, { programId: clinic.programId }),
    );
    stop();
    expect(page.patients.nodes).toHaveLength(3);
    expect(inserts).toBe(1);
    const audited = (await eventsOf({ staffId: clinic.staff.caseManager, operation: 'patients' })).map((event) => event.patientId);
    expect(audited.sort()).toEqual([clinic.patientId, ...more.map((patient) => patient.patientId)].sort());
  });

  it("should page a patient's access history and a staff member's access log for program admins only, filtered by date", async () => {
    const first = ok(await api.gql(clinic.staff.admin, HISTORY, { patientId: clinic.patientId })).patientAccessHistory;
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok(await api.gql(clinic.staff.admin, HISTORY, { patientId: clinic.patientId, after: first.pageInfo.endCursor })).patientAccessHistory;
    expect(second.nodes.map((node: any) => node.id)).not.toContain(first.nodes[0].id);
    expect(new Date(second.nodes[0].occurredAt).getTime()).toBeLessThanOrEqual(new Date(first.nodes[1].occurredAt).getTime());
    const future = ok(await api.gql(clinic.staff.admin, HISTORY, { patientId: clinic.patientId, from: new Date(Date.now() + 60_000).toISOString() })).patientAccessHistory;
    expect(future.nodes).toEqual([]);
    expect(failure(await api.gql(clinic.staff.therapist, HISTORY, { patientId: clinic.patientId })).extensions.code).toBe('FORBIDDEN');

    const log = ok(
      await api.gql(clinic.staff.admin, `query($staffId: ID!) { staffAccessLog(staffId: $staffId, first: 100) { nodes { staffId operation outcome } } }`, { staffId: clinic.staff.facilitator }),
    ).staffAccessLog;
    expect(log.nodes.length).toBeGreaterThan(0);
    expect(log.nodes.every((node: any) => node.staffId === clinic.staff.facilitator)).toBe(true);
    expect(log.nodes).toContainEqual({ staffId: clinic.staff.facilitator, operation: 'addProblem', outcome: 'REFUSED' });
  });

  it('should answer with no data when the audit events cannot be written', async () => {
    await api.prisma.$executeRawUnsafe(`CREATE FUNCTION audit_unavailable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store unavailable'; END; $$`);
    await api.prisma.$executeRawUnsafe(`CREATE TRIGGER audit_unavailable BEFORE INSERT ON "AuditEvent" FOR EACH STATEMENT EXECUTE FUNCTION audit_unavailable()`);
    try {
      const response = await api.gql(clinic.staff.therapist, `query($id: ID!) { treatmentPlan(id: $id) { id } }`, { id: clinic.planId });
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) } }]);
    } finally {
      await api.prisma.$executeRawUnsafe('DROP TRIGGER audit_unavailable ON "AuditEvent"');
    }
    expect(ok(await api.gql(clinic.staff.therapist, `query($id: ID!) { treatmentPlan(id: $id) { id } }`, { id: clinic.planId })).treatmentPlan.id).toBe(clinic.planId);
  });

  it('should be append-only in PostgreSQL itself: UPDATE, DELETE and TRUNCATE fail', async () => {
    const [event] = await eventsOf({ staffId: clinic.staff.prescriber });
    await expect(api.prisma.$executeRaw`UPDATE "AuditEvent" SET "outcome" = 'REFUSED' WHERE "id" = ${event.id}::uuid`).rejects.toThrow(/append-only/);
    await expect(api.prisma.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${event.id}::uuid`).rejects.toThrow(/append-only/);
    await expect(api.prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);
    expect(await api.prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });
});
