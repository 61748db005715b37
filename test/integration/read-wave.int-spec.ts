import { joiningWave, Prisma, ReadWave } from '@oneplan/prisma';
import { useIntegration } from '../support/integration.js';

describe('Reads sharing one statement per wave (integration)', () => {
  const it_ = useIntegration();

  const reads = (planId: string, patientId: string) => [
    // Dates, timestamps, enums, an enum array, text arrays and JSON.
    Prisma.sql`SELECT * FROM "Consent" WHERE "patientId" = ${patientId}::uuid ORDER BY "id"`,
    Prisma.sql`SELECT * FROM "SafetyPlan" WHERE "planId" = ${planId}::uuid`,
    Prisma.sql`SELECT p.*, e."startDate" AS "episodeStart" FROM "TreatmentPlan" p JOIN "Episode" e ON e."id" = p."episodeId" WHERE p."id" = ${planId}::uuid`,
    Prisma.sql`SELECT count(*) AS "count" FROM "CareTeamMember"`,
    Prisma.sql`SELECT * FROM "Goal" WHERE "planId" = ${planId}::uuid`,
  ];

  it('should answer each read of a wave in one statement with the values a read alone gives', async () => {
    const { prisma, clinic } = it_;
    await prisma.consent.create({
      data: {
        patientId: clinic.patientId,
        recipientType: 'ORGANIZATION',
        recipientName: 'Primary care',
        purpose: 'Coordination',
        allCategories: false,
        categories: ['MEDICATIONS', 'SUBSTANCE_USE'],
        startsOn: new Date('2026-01-01'),
        expiresOn: new Date('2027-01-01'),
        recordedById: clinic.therapist.staffId,
      },
    });
    const alone = await Promise.all(reads(clinic.planId, clinic.patientId).map((query) => prisma.read(query)));
    const wave = new ReadWave();
    let statements = 0;
    const stop = prisma.onStatement(() => statements++);
    const together = await Promise.all(joiningWave(wave)(() => reads(clinic.planId, clinic.patientId).map((query) => prisma.read(query))));
    stop();
    expect(statements).toBe(1);
    expect(together).toEqual(alone);
    expect(together[0][0]).toMatchObject({ categories: ['MEDICATIONS', 'SUBSTANCE_USE'], startsOn: new Date('2026-01-01T00:00:00Z'), recordedAt: expect.any(Date) });
    expect(together[3]).toEqual([{ count: expect.any(Number) }]);
  });

  it('should fail every read of a wave whose statement fails, and leave later waves working', async () => {
    const { prisma, clinic } = it_;
    await Promise.all(reads(clinic.planId, clinic.patientId).map((query) => prisma.read(query)));
    const failing = joiningWave(new ReadWave())(() => [prisma.read(Prisma.sql`SELECT * FROM "Goal" WHERE "planId" = ${'not a uuid'}::uuid`), prisma.read(reads(clinic.planId, clinic.patientId)[1])]);
    const results = await Promise.allSettled(failing);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    const [safetyPlan] = await Promise.all(joiningWave(new ReadWave())(() => [prisma.read(reads(clinic.planId, clinic.patientId)[1]), prisma.read(reads(clinic.planId, clinic.patientId)[4])]));
    expect(safetyPlan).toHaveLength(1);
  });
});
