import { addPatient, programDay, useClinic } from '../support/clinic.js';
import { ok, type TestApi } from '../support/test-api.js';

/** Walks every page of a list query and returns all nodes in order. */
async function allPages(api: TestApi, staffId: string, query: string, variables: Record<string, unknown>, field: string) {
  const nodes: any[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const page: any = ok(await api.gql(staffId, query, { ...variables, after }))[field];
    nodes.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    pages++;
  } while (after);
  return { nodes, pages };
}

describe('Lists with cursor pagination and filters (e2e)', () => {
  const { api, clinic } = useClinic();

  beforeAll(async () => {
    for (let i = 0; i < 6; i++) await addPatient(api, clinic.programId, clinic.staff);
  });

  it("should page through a program's patients by last name, and filter them", async () => {
    const query = `query($programId: ID!, $after: String, $prefix: String) { patients(programId: $programId, first: 2, after: $after, lastNameStartsWith: $prefix) { nodes { id lastName currentPlan { id } } pageInfo { endCursor hasNextPage } } }`;
    const { nodes, pages } = await allPages(api, clinic.staff.admin, query, { programId: clinic.programId }, 'patients');
    expect(nodes).toHaveLength(7);
    expect(pages).toBe(4);
    expect(nodes.map((node) => node.lastName)).toEqual([...nodes.map((node) => node.lastName)].sort());
    expect(nodes.every((node) => node.currentPlan?.id)).toBe(true);
    const filtered = await allPages(api, clinic.staff.admin, query, { programId: clinic.programId, prefix: nodes[3].lastName }, 'patients');
    expect(filtered.nodes.map((node) => node.id)).toEqual([nodes[3].id]);
  });

  it("should list a staff member's caseload while they are on the team, and not after", async () => {
    const query = `query($staffId: ID, $after: String) { caseload(staffId: $staffId, first: 3, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }`;
    expect((await allPages(api, clinic.staff.caseManager, query, {}, 'caseload')).nodes).toHaveLength(7);
    const membership = await api.prisma.careTeamMember.findFirstOrThrow({ where: { staffId: clinic.staff.caseManager, episodeId: clinic.episodeId } });
    ok(
      await api.gql(clinic.staff.admin, `mutation($input: EndCareTeamMembershipInput!) { endCareTeamMembership(input: $input) { careTeamMember { toDate } } }`, {
        input: { membershipId: membership.id, toDate: programDay(-2) },
      }),
    );
    const after = await allPages(api, clinic.staff.admin, query, { staffId: clinic.staff.caseManager }, 'caseload');
    expect(after.nodes).toHaveLength(6);
    expect(after.nodes.map((node) => node.id)).not.toContain(clinic.planId);
  });

  it("should list a program's groups in a date range and a patient's attendance in a date range", async () => {
    const hour = 3_600_000;
    const base = Date.now() - 10 * 24 * hour;
    const groups = await Promise.all(
      Array.from({ length: 5 }, (_, day) =>
        api.prisma.groupSession.create({
          data: {
            programId: clinic.programId,
            type: 'SKILLS',
            facilitatorId: clinic.staff.facilitator,
            startsAt: new Date(base + day * 24 * hour),
            endsAt: new Date(base + day * 24 * hour + hour),
            modality: 'IN_PERSON',
            topic: `Day ${day}`,
            createdById: clinic.staff.facilitator,
          },
        }),
      ),
    );
    for (const group of groups) {
      ok(
        await api.gql(clinic.staff.facilitator, `mutation($input: RecordGroupAttendanceInput!) { recordGroupAttendance(input: $input) { attendance { id } } }`, {
          input: { groupSessionId: group.id, entries: [{ patientId: clinic.patientId, status: 'PRESENT' }] },
        }),
      );
    }
    const range = { from: new Date(base + 24 * hour - 1).toISOString(), to: new Date(base + 4 * 24 * hour).toISOString() };
    const sessions = await allPages(
      api,
      clinic.staff.facilitator,
      `query($programId: ID!, $from: DateTime!, $to: DateTime!, $after: String) { groupSessions(programId: $programId, from: $from, to: $to, first: 2, after: $after) { nodes { topic attendance { status } } pageInfo { endCursor hasNextPage } } }`,
      { programId: clinic.programId, ...range },
      'groupSessions',
    );
    expect(sessions.nodes.map((node) => node.topic)).toEqual(['Day 1', 'Day 2', 'Day 3']);
    const attendance = await allPages(
      api,
      clinic.staff.therapist,
      `query($patientId: ID!, $from: DateTime!, $to: DateTime!, $after: String) { patientAttendance(patientId: $patientId, from: $from, to: $to, first: 2, after: $after) { nodes { status groupSession { topic } } pageInfo { endCursor hasNextPage } } }`,
      { patientId: clinic.patientId, ...range },
      'patientAttendance',
    );
    expect(attendance.nodes.map((node) => node.groupSession.topic)).toEqual(['Day 1', 'Day 2', 'Day 3']);
  });
});
