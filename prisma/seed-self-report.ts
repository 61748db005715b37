import { DateTime } from 'luxon';
import type { PrismaService } from '@oneplan/prisma';

interface Program {
  id: string;
  timeZone: string;
}

/**
 * Self-report in the demo clinic: the first program sends links when measures fall due, and two of its
 * patients filled in a link (PHQ-9 and GAD-7) three days ago. The links are used, so they hold no token.
 */
export async function seedSelfReports(prisma: PrismaService, [program]: Program[]): Promise<void> {
  if (!program) return;
  await prisma.program.update({ where: { id: program.id }, data: { selfReportLinks: true } });
  const plans = await prisma.treatmentPlan.findMany({
    where: { status: { not: 'CLOSED' }, episode: { programId: program.id, status: 'OPEN' } },
    include: { episode: true },
    orderBy: { id: 'asc' },
    take: 2,
  });
  const answeredAt = DateTime.now().setZone(program.timeZone).minus({ days: 3 }).set({ hour: 19, minute: 30 }).toJSDate();
  for (const [index, plan] of plans.entries()) {
    const therapist = await prisma.careTeamMember.findFirstOrThrow({ where: { episodeId: plan.episodeId, role: 'PRIMARY_THERAPIST' } });
    await prisma.selfReportLink.create({
      data: {
        planId: plan.id,
        patientId: plan.episode.patientId,
        measureTypes: ['PHQ9', 'GAD7'],
        email: `patient${index + 1}@demo-patients.example`,
        sentAt: new Date(answeredAt.getTime() - 86_400_000),
        expiresAt: new Date(answeredAt.getTime() + 2 * 86_400_000),
        usedAt: answeredAt,
        requestedById: therapist.staffId,
      },
    });
    await prisma.outcomeMeasure.createMany({
      data: [
        { planId: plan.id, type: 'PHQ9', score: 11 - index * 3, selfHarmItem: 0, administeredAt: answeredAt, source: 'PATIENT', recordedById: therapist.staffId },
        { planId: plan.id, type: 'GAD7', score: 9 - index * 2, administeredAt: answeredAt, source: 'PATIENT', recordedById: therapist.staffId },
      ],
    });
  }
}
