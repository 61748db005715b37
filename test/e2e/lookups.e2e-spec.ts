import { randomUUID } from 'node:crypto';
import { buildClinic, programDay, useClinic } from '../support/clinic.js';
import { ok } from '../support/test-api.js';

describe('Lookups and episodes as clients expect them (e2e)', () => {
  const { api, clinic } = useClinic();

  it('should answer null for a record that is missing or hidden, audited, and keep the sibling fields of the request', async () => {
    const other = await buildClinic(api);
    const response = await api.gql(
      clinic.staff.therapist,
      `query($missing: ID!, $hidden: ID!, $hiddenPatient: ID!) {
        me { id }
        unreadNotificationCount
        patient(id: $missing) { id lastName }
        treatmentPlan(id: $hidden) { id }
        patientPlan(patientId: $hiddenPatient) { id }
        episode(id: $missing) { id }
        program(id: $missing) { id }
        mine: patientPlan(patientId: "${clinic.patientId}") { id }
      }`,
      { missing: randomUUID(), hidden: other.planId, hiddenPatient: other.patientId },
    );
    expect(response.data).toEqual({
      me: { id: clinic.staff.therapist },
      unreadNotificationCount: 0,
      patient: null,
      treatmentPlan: null,
      patientPlan: null,
      episode: null,
      program: null,
      mine: { id: clinic.planId },
    });
    expect(response.errors!.map((error) => [error.path, error.extensions.code])).toEqual(
      expect.arrayContaining([
        [['patient'], 'NOT_FOUND'],
        [['treatmentPlan'], 'NOT_FOUND'],
        [['patientPlan'], 'NOT_FOUND'],
        [['episode'], 'NOT_FOUND'],
        [['program'], 'NOT_FOUND'],
      ]),
    );
    expect(response.errors).toHaveLength(5);
    expect(JSON.stringify(response.errors)).not.toContain(other.patientId);
    const refused = await api.prisma.auditEvent.findMany({ where: { staffId: clinic.staff.therapist, outcome: 'REFUSED', operation: { in: ['treatmentPlan', 'patientPlan'] } } });
    expect(refused.map((event) => [event.operation, event.patientId]).sort()).toEqual([
      ['patientPlan', other.patientId],
      ['treatmentPlan', other.patientId],
    ]);
  });

  it("should give a patient's episodes and an episode's care team before any plan exists", async () => {
    const { admin, therapist, prescriber } = clinic.staff;
    const patient = ok(
      await api.gql(admin, `mutation($input: CreatePatientInput!) { createPatient(input: $input) { patient { id } } }`, {
        input: { programId: clinic.programId, firstName: 'New', lastName: 'Intake', dateOfBirth: '1992-03-04', recordNumber: `intake-${randomUUID().slice(0, 8)}` },
      }),
    ).createPatient.patient;
    const opened = ok(
      await api.gql(admin, `mutation($input: OpenEpisodeInput!) { openEpisode(input: $input) { episode { id status } patient { id } } }`, {
        input: { patientId: patient.id, startDate: programDay(0) },
      }),
    ).openEpisode;
    expect(opened).toEqual({ episode: { id: expect.any(String), status: 'OPEN' }, patient: { id: patient.id } });
    const added = ok(
      await api.gql(admin, `mutation($input: AddCareTeamMemberInput!) { addCareTeamMember(input: $input) { careTeamMember { id role } episode { id careTeam { role staff { id } } } } }`, {
        input: { episodeId: opened.episode.id, staffId: therapist, role: 'PRIMARY_THERAPIST', fromDate: programDay(-1) },
      }),
    ).addCareTeamMember;
    expect(added.episode.careTeam).toEqual([{ role: 'PRIMARY_THERAPIST', staff: { id: therapist } }]);

    const episodes = ok(
      await api.gql(therapist, `query($patientId: ID!) { episodes(patientId: $patientId) { totalCount nodes { id status startDate careTeam { role staff { id } } } } }`, { patientId: patient.id }),
    ).episodes;
    expect(episodes).toEqual({
      totalCount: 1,
      nodes: [{ id: opened.episode.id, status: 'OPEN', startDate: programDay(0), careTeam: [{ role: 'PRIMARY_THERAPIST', staff: { id: therapist } }] }],
    });
    const episode = ok(await api.gql(therapist, `query($id: ID!) { episode(id: $id) { id patient { id } careTeam { role } } }`, { id: opened.episode.id })).episode;
    expect(episode).toEqual({ id: opened.episode.id, patient: { id: patient.id }, careTeam: [{ role: 'PRIMARY_THERAPIST' }] });
    // Not on this new patient's team: it does not exist for them.
    const hidden = await api.gql(prescriber, `query($id: ID!) { episode(id: $id) { id } }`, { id: opened.episode.id });
    expect(hidden.data).toEqual({ episode: null });
    expect(hidden.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
