import { DateTime } from 'luxon';
import { GroupSessionGenerator, GroupsRepository } from '@oneplan/groups';
import { type PrismaService, TransactionRunner } from '@oneplan/prisma';

interface Program {
  id: string;
  timeZone: string;
}

const utcDate = (local: DateTime) => new Date(Date.UTC(local.year, local.month - 1, local.day));

/** The week as programs run it: weekday process group, skills twice a week, a weekly family group. */
const SCHEDULES = [
  { type: 'PROCESS', topic: 'Process group', weekdays: [1, 2, 3, 4, 5], startTime: '09:00', durationMinutes: 90 },
  { type: 'SKILLS', topic: 'Grounding and DBT skills', weekdays: [2, 4], startTime: '13:00', durationMinutes: 60 },
  { type: 'FAMILY', topic: 'Family group', weekdays: [3], startTime: '18:00', durationMinutes: 90 },
] as const;

/**
 * The demo clinic's recurring groups with their rosters (each program's open plans on the process
 * group, every other one on skills) and their first four weeks of sessions; and supports (every name
 * invented): a sister with a consent for the safety plan and appointments, a sponsor without one.
 */
export async function seedGroupsAndSupports(prisma: PrismaService, programs: Program[]): Promise<void> {
  const transactions = new TransactionRunner(prisma);
  const generator = new GroupSessionGenerator(new GroupsRepository(prisma), transactions);
  for (const program of programs) {
    const today = DateTime.now().setZone(program.timeZone).startOf('day');
    const facilitator = await prisma.staffMember.findFirstOrThrow({ where: { programId: program.id, discipline: 'GROUP_FACILITATOR' } });
    const therapist = await prisma.staffMember.findFirstOrThrow({ where: { programId: program.id, discipline: 'THERAPIST' }, orderBy: { email: 'asc' } });
    const plans = await prisma.treatmentPlan.findMany({ where: { status: { not: 'CLOSED' }, episode: { programId: program.id, status: 'OPEN' } }, include: { episode: true }, orderBy: { id: 'asc' } });
    for (const [index, shape] of SCHEDULES.entries()) {
      const schedule = await prisma.groupSchedule.create({
        data: {
          ...shape,
          weekdays: [...shape.weekdays],
          programId: program.id,
          facilitatorIds: [facilitator.id],
          modality: 'IN_PERSON',
          startsOn: utcDate(today.minus({ weeks: 2 })),
          createdById: facilitator.id,
        },
      });
      const enrolled = index === 0 ? plans : plans.filter((_, at) => at % 2 === index - 1);
      await prisma.groupEnrollment.createMany({
        data: enrolled.map((plan) => ({ scheduleId: schedule.id, patientId: plan.episode.patientId, planId: plan.id, fromDate: utcDate(today.minus({ weeks: 1 })), enrolledById: therapist.id })),
      });
    }
    await generator.generateAll();
    const first = plans[0];
    if (!first) continue;
    const sister = await prisma.support.create({
      data: { patientId: first.episode.patientId, name: 'Dana Reyes', relation: 'sister', role: 'FAMILY', email: 'dana.reyes@family.example', createdById: therapist.id },
    });
    await prisma.support.create({ data: { patientId: first.episode.patientId, name: 'Sam Ortiz', relation: 'AA sponsor', role: 'SPONSOR', phone: '+1 555 0142', createdById: therapist.id } });
    await prisma.consent.create({
      data: {
        patientId: first.episode.patientId,
        supportId: sister.id,
        recipientType: 'FAMILY_MEMBER',
        recipientName: sister.name,
        purpose: 'Family involvement in care',
        allCategories: false,
        categories: ['SAFETY_PLAN', 'ATTENDANCE'],
        startsOn: utcDate(today.minus({ days: 7 })),
        expiresOn: utcDate(today.plus({ months: 6 })),
        recordedById: therapist.id,
      },
    });
  }
}
