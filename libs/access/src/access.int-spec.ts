import { Prisma } from '@oneplan/prisma';
import { useIntegration } from '../../../test/support/integration.js';
import { AccessRepository } from './access.repository.js';

describe('AccessRepository (integration)', () => {
  const it_ = useIntegration();
  const access = () => new AccessRepository(it_.prisma);

  it("should give each staff member's standing towards a patient from the care team in force today, in the program's time zone", async () => {
    const { prisma, clinic } = it_;
    // A membership that starts tomorrow in the program's zone is not in force yet.
    const tomorrow = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 2));
    await prisma.careTeamMember.create({ data: { episodeId: clinic.episodeId, staffId: clinic.outsider.staffId, role: 'THERAPIST', fromDate: tomorrow } });
    const standing = async (staffId: string) => (await access().standings('plan', [clinic.planId], staffId))[0];
    expect(await standing(clinic.therapist.staffId)).toMatchObject({ patientId: clinic.patientId, programId: clinic.programId, teamRoles: ['PRIMARY_THERAPIST'], breakGlass: false });
    expect((await standing(clinic.outsider.staffId)).teamRoles).toEqual([]);
  });

  it('should name the patient and program of every kind of record an id may name', async () => {
    const { prisma, clinic } = it_;
    const problem = await prisma.problem.create({ data: { planId: clinic.planId, title: 'x', description: 'x', category: 'TRAUMA', createdById: clinic.therapist.staffId } });
    expect((await access().owners('problem', [problem.id])).get(problem.id)).toEqual({ patientId: clinic.patientId, programId: clinic.programId, ownerId: null });
    expect((await access().owners('staff', [clinic.prescriber.staffId])).get(clinic.prescriber.staffId)).toMatchObject({ patientId: null, programId: clinic.programId });
    expect((await access().owners('goal', ['00000000-0000-4000-8000-000000000000'])).size).toBe(0);
  });

  it("should have PostgreSQL plan a patient operation's access decision once, not on every run", async () => {
    const { prisma, clinic } = it_;
    // Run one after another, the reads reuse one pooled connection: its prepared statements tell how each was planned.
    for (let run = 0; run < 8; run++) await access().standings('plan', [clinic.planId], clinic.therapist.staffId);
    const [decision] = await prisma.read<{ generic: number; custom: number }>(
      Prisma.sql`SELECT generic_plans::int AS "generic", custom_plans::int AS "custom" FROM pg_prepared_statements WHERE statement LIKE '%"teamRoles"%' AND statement NOT LIKE '%pg_prepared_statements%'`,
    );
    // Five runs planned for their values, then the generic plan for the rest (an id compared by ANY was planned on every run).
    expect(decision.custom).toBe(5);
    expect(decision.generic).toBeGreaterThanOrEqual(3);
  });
});
