import { programDay, useClinic } from '../support/clinic.js';
import { failure, ok } from '../support/test-api.js';

const PLAN = `query($patientId: ID!) { patientPlan(patientId: $patientId) { id } }`;
const BREAK_GLASS = `mutation($input: BreakTheGlassInput!) { breakTheGlass(input: $input) { emergencyAccess { id expiresAt } } }`;
const ADD_NOTE = `mutation($input: AddClinicalNoteInput!) { addClinicalNote(input: $input) { note { id } } }`;

describe('Access rules beyond the matrix (e2e)', () => {
  const { api, clinic } = useClinic();

  const codeOf = async (staffId: string, query: string, variables: Record<string, unknown>) => (await api.gql(staffId, query, variables)).errors?.[0]?.extensions.code ?? 'OK';

  it('should open a record for 60 minutes by breaking the glass, audit it as such, and show it to the primary therapist', async () => {
    const { outsider, therapist, cotherapist } = clinic.staff;
    expect(await codeOf(outsider, PLAN, { patientId: clinic.patientId })).toBe('NOT_FOUND');
    const reasonless = failure(await api.gql(outsider, BREAK_GLASS, { input: { patientId: clinic.patientId, reason: 'now' } }));
    expect(reasonless.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const access = ok(await api.gql(outsider, BREAK_GLASS, { input: { patientId: clinic.patientId, reason: 'Patient in crisis, team unreachable' } })).breakTheGlass.emergencyAccess;
    const minutes = (new Date(access.expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(59);
    expect(minutes).toBeLessThanOrEqual(60);
    expect(await codeOf(outsider, PLAN, { patientId: clinic.patientId })).toBe('OK');
    expect(await codeOf(outsider, ADD_NOTE, { input: { planId: clinic.planId, kind: 'PROGRESS', text: 'x', noteDate: programDay(0) } })).toBe('FORBIDDEN');

    const seen = ok(await api.gql(therapist, `query($patientId: ID!) { emergencyAccesses(patientId: $patientId) { nodes { staffId reason } } }`, { patientId: clinic.patientId })).emergencyAccesses
      .nodes;
    expect(seen).toEqual([{ staffId: outsider, reason: 'Patient in crisis, team unreachable' }]);
    expect(await codeOf(cotherapist, `query($patientId: ID!) { emergencyAccesses(patientId: $patientId) { nodes { id } } }`, { patientId: clinic.patientId })).toBe('FORBIDDEN');
    const history = ok(
      await api.gql(clinic.staff.admin, `query($patientId: ID!) { patientAccessHistory(patientId: $patientId, first: 100) { nodes { staffId operation outcome breakGlass } } }`, {
        patientId: clinic.patientId,
      }),
    );
    const outsiders = history.patientAccessHistory.nodes.filter((event: any) => event.staffId === outsider);
    expect(outsiders).toEqual(
      expect.arrayContaining([
        { staffId: outsider, operation: 'breakTheGlass', outcome: 'ALLOWED', breakGlass: true },
        { staffId: outsider, operation: 'patientPlan', outcome: 'ALLOWED', breakGlass: true },
        { staffId: outsider, operation: 'patientPlan', outcome: 'REFUSED', breakGlass: false },
        { staffId: outsider, operation: 'addClinicalNote', outcome: 'REFUSED', breakGlass: false },
      ]),
    );

    await api.prisma.breakGlassAccess.update({ where: { id: access.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await codeOf(outsider, PLAN, { patientId: clinic.patientId })).toBe('NOT_FOUND');
  });

  it('should end access at once, with an unexpired token, for a member taken off the team and for a deactivated staff member', async () => {
    const { caseManager, prescriber, admin } = clinic.staff;
    expect(await codeOf(caseManager, PLAN, { patientId: clinic.patientId })).toBe('OK');
    const membership = await api.prisma.careTeamMember.findFirstOrThrow({ where: { episodeId: clinic.episodeId, staffId: caseManager } });
    const removed = ok(
      await api.gql(admin, `mutation($input: RemoveFromCareTeamInput!) { removeFromCareTeam(input: $input) { careTeamMember { removedAt } } }`, { input: { membershipId: membership.id } }),
    );
    expect(removed.removeFromCareTeam.careTeamMember.removedAt).not.toBeNull();
    expect(await codeOf(caseManager, PLAN, { patientId: clinic.patientId })).toBe('NOT_FOUND');

    expect(await codeOf(prescriber, PLAN, { patientId: clinic.patientId })).toBe('OK');
    ok(await api.gql(admin, `mutation($input: SetStaffActiveInput!) { setStaffActive(input: $input) { staffMember { active } } }`, { input: { staffId: prescriber, active: false } }));
    expect(await codeOf(prescriber, PLAN, { patientId: clinic.patientId })).toBe('UNAUTHENTICATED');
    ok(await api.gql(admin, `mutation($input: SetStaffActiveInput!) { setStaffActive(input: $input) { staffMember { active } } }`, { input: { staffId: prescriber, active: true } }));
    expect(await codeOf(prescriber, PLAN, { patientId: clinic.patientId })).toBe('OK');
  });

  it('should read the staff record and decide a patient operation in one statement, and sign in every other request before it answers', async () => {
    const { therapist, prescriber, admin } = clinic.staff;
    const statements: string[] = [];
    const stop = api.prisma.onStatement((sql) => statements.push(sql));
    expect(await codeOf(therapist, PLAN, { patientId: clinic.patientId })).toBe('OK');
    stop();
    const staffReads = statements.filter((sql) => sql.includes('"StaffMember"'));
    expect(staffReads).toHaveLength(1);
    expect(staffReads[0]).toContain('"CareTeamMember"');

    const setActive = (active: boolean) =>
      api.gql(admin, `mutation($input: SetStaffActiveInput!) { setStaffActive(input: $input) { staffMember { active } } }`, { input: { staffId: prescriber, active } }).then(ok);
    await setActive(false);
    const refusals = () => api.prisma.auditEvent.count({ where: { operation: 'signIn', outcome: 'REFUSED' } });
    const before = await refusals();
    for (const query of ['{ __typename }', '{ __schema { queryType { name } } }', '{ noSuchField }']) {
      const response = await api.gql(prescriber, query);
      expect(response.data ?? null).toBeNull();
      expect(failure(response).extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(await codeOf(prescriber, PLAN, { patientId: clinic.patientId })).toBe('UNAUTHENTICATED');
    expect(await refusals()).toBe(before + 4);
    await setActive(true);
    expect(ok(await api.gql(prescriber, '{ __typename }')).__typename).toBe('Query');
  });

  it("should let nobody amend another person's note, and keep SUD counseling notes to their author", async () => {
    const { therapist, cotherapist } = clinic.staff;
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
    const note = ok(
      await api.gql(therapist, ADD_NOTE, {
        input: { planId: clinic.planId, kind: 'SESSION', individualSessionId: session.id, sudCounseling: true, text: 'Counseling content', noteDate: programDay(0) },
      }),
    ).addClinicalNote.note;
    const notesOf = async (staffId: string) =>
      ok(
        await api.gql(staffId, `query($id: ID!) { treatmentPlan(id: $id) { individualSessions { nodes { id notes { id part2 sudCounseling } } } } }`, { id: clinic.planId }),
      ).treatmentPlan.individualSessions.nodes.find((row: any) => row.id === session.id).notes;
    expect(await notesOf(therapist)).toEqual([{ id: note.id, part2: true, sudCounseling: true }]);
    expect(await notesOf(cotherapist)).toEqual([]);

    const before = await api.prisma.clinicalNote.count();
    const amend = failure(
      await api.gql(cotherapist, `mutation($input: AmendClinicalNoteInput!) { amendClinicalNote(input: $input) { amendment { id } } }`, { input: { noteId: note.id, text: 'Rewritten', reason: 'x' } }),
    );
    expect(amend.extensions.code).toBe('FORBIDDEN');
    expect(await api.prisma.clinicalNote.count()).toBe(before);
    expect(failure(await api.gql(therapist, ADD_NOTE, { input: { planId: clinic.planId, kind: 'PROGRESS', sudCounseling: true, text: 'x', noteDate: programDay(0) } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'sudCounseling',
    });
  });

  it("should let only a facilitator of a group (lead or co-facilitator) record its attendance, and only admins see another's caseload", async () => {
    const { facilitator, therapist, admin } = clinic.staff;
    const other = await api.prisma.staffMember.create({
      data: { programId: clinic.programId, name: 'Second facilitator', email: `second.${clinic.planId}@test.example`, credentials: 'CADC', discipline: 'GROUP_FACILITATOR' },
    });
    const startsAt = new Date(Date.now() - 3_600_000);
    const group = await api.prisma.groupSession.create({
      data: { programId: clinic.programId, type: 'SKILLS', facilitatorId: other.id, startsAt, endsAt: new Date(), modality: 'VIRTUAL', topic: 'x', createdById: admin },
    });
    const record = `mutation($input: RecordGroupAttendanceInput!) { recordGroupAttendance(input: $input) { attendance { id } } }`;
    expect(await codeOf(facilitator, record, { input: { groupSessionId: group.id, entries: [{ patientId: clinic.patientId, status: 'PRESENT' }] } })).toBe('FORBIDDEN');
    // Named as the group's co-facilitator, they record it.
    await api.prisma.groupSession.update({ where: { id: group.id }, data: { coFacilitatorIds: [facilitator] } });
    const statements: string[] = [];
    const stop = api.prisma.onStatement((sql) => statements.push(sql));
    expect(
      ok(await api.gql(facilitator, record, { input: { groupSessionId: group.id, entries: [{ patientId: clinic.patientId, status: 'PRESENT' }] } })).recordGroupAttendance.attendance,
    ).toHaveLength(1);
    stop();
    // The group and the patients it names are decided in one statement, and read again under the transaction in one more.
    const groupReads = statements.filter((sql) => sql.includes('"GroupSession"'));
    expect(groupReads).toHaveLength(2);
    expect(groupReads[0]).toContain('"CareTeamMember"');
    expect(groupReads[1]).toContain('"TreatmentPlan"');
    const caseload = `query($staffId: ID) { caseload(staffId: $staffId) { nodes { id } } }`;
    expect(await codeOf(facilitator, caseload, { staffId: therapist })).toBe('FORBIDDEN');
    expect(ok(await api.gql(admin, caseload, { staffId: therapist })).caseload.nodes).toEqual([{ id: clinic.planId }]);
  });

  it('should label Part 2 data: substance-use problems and their goals, medications for substance use, AUDIT-C and craving scores', async () => {
    const { therapist, prescriber } = clinic.staff;
    const problem = ok(
      await api.gql(therapist, `mutation($input: AddProblemInput!) { addProblem(input: $input) { problem { id part2 } } }`, {
        input: { planId: clinic.planId, title: 'Opioid use', description: 'x', category: 'SUBSTANCE_USE' },
      }),
    ).addProblem.problem;
    expect(problem.part2).toBe(true);
    const goal = ok(
      await api.gql(therapist, `mutation($input: AddGoalInput!) { addGoal(input: $input) { goal { id part2 } } }`, {
        input: { planId: clinic.planId, statement: 'Stay in recovery', problemIds: [problem.id], ownerId: therapist },
      }),
    ).addGoal.goal;
    expect(goal.part2).toBe(true);
    const medication = (forSubstanceUse: boolean, name: string) =>
      api.gql(prescriber, `mutation($input: RecordMedicationChangeInput!) { recordMedicationChange(input: $input) { medicationChange { part2 } } }`, {
        input: {
          planId: clinic.planId,
          medicationName: name,
          dose: '8 mg',
          route: 'sublingual',
          frequency: 'daily',
          changeType: 'START',
          reason: 'x',
          forSubstanceUse,
          effectiveAt: new Date().toISOString(),
        },
      });
    expect(ok(await medication(true, 'Buprenorphine')).recordMedicationChange.medicationChange.part2).toBe(true);
    expect(ok(await medication(false, 'Prazosin')).recordMedicationChange.medicationChange.part2).toBe(false);
    const measure = (type: string, score: number) =>
      api.gql(therapist, `mutation($input: RecordOutcomeMeasureInput!) { recordOutcomeMeasure(input: $input) { outcomeMeasure { part2 } } }`, {
        input: { planId: clinic.planId, type, score, administeredAt: new Date().toISOString() },
      });
    expect(ok(await measure('AUDIT_C', 4)).recordOutcomeMeasure.outcomeMeasure.part2).toBe(true);
    expect(ok(await measure('GAD7', 4)).recordOutcomeMeasure.outcomeMeasure.part2).toBe(false);
  });
});
