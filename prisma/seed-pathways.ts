import { DateTime } from 'luxon';
import type { PrismaService } from '@oneplan/prisma';

const ASAM = ['ACUTE_INTOXICATION_WITHDRAWAL', 'BIOMEDICAL', 'EMOTIONAL_BEHAVIORAL_COGNITIVE', 'READINESS_TO_CHANGE', 'RELAPSE_CONTINUED_USE', 'RECOVERY_ENVIRONMENT'];
const ratings = (values: number[]) => ASAM.map((dimension, i) => ({ dimension, rating: values[i], note: 'Demo rating' }));
const utcDate = (local: DateTime) => new Date(Date.UTC(local.year, local.month - 1, local.day));

interface Program {
  id: string;
  timeZone: string;
}

/**
 * The demo clinic's care pathway beyond its open plans (every name and story invented): each program
 * gets a plan template and two people assessed at intake (one awaiting a decision, one referred to
 * detox with the check on it due); the first program's first patient was stepped down with a
 * re-assessment; and two patients of the first program were discharged with an aftercare plan.
 */
export async function seedCarePathways(prisma: PrismaService, programs: Program[], nextRecordNumber: () => string): Promise<void> {
  for (const [index, program] of programs.entries()) {
    const today = DateTime.now().setZone(program.timeZone).startOf('day');
    const therapist = await prisma.staffMember.findFirstOrThrow({ where: { programId: program.id, discipline: 'THERAPIST' }, orderBy: { email: 'asc' } });
    const caseManager = await prisma.staffMember.findFirstOrThrow({ where: { programId: program.id, discipline: 'CASE_MANAGER' } });
    await prisma.planTemplate.create({
      data: {
        programId: program.id,
        name: 'Co-occurring PTSD and alcohol use',
        description: 'Stabilization first: safety, sobriety, grounding skills',
        content: {
          problems: [
            { key: 'ptsd', title: 'PTSD symptoms', description: 'Intrusions, avoidance, hyperarousal', category: 'TRAUMA' },
            { key: 'aud', title: 'Alcohol use', description: 'Drinking to cope with symptoms', category: 'SUBSTANCE_USE' },
          ],
          goals: [
            {
              statement: 'Cope with trauma symptoms without alcohol',
              problemKeys: ['ptsd', 'aud'],
              objectives: [{ description: 'PCL-5 below 33', measuredBy: 'PCL-5 every two weeks', measureType: 'PCL5', target: 33, targetInDays: 60 }],
              interventions: [{ name: 'Seeking Safety groups', description: null, frequency: 'Twice weekly' }],
            },
          ],
          tasks: [
            { title: 'Complete the safety plan', dueInDays: 2, ownerRole: 'PRIMARY_THERAPIST' },
            { title: 'Medication evaluation', dueInDays: 5, ownerRole: 'PRESCRIBER' },
          ],
        },
        createdById: therapist.id,
      },
    });
    for (const [referred, values] of [
      [false, [1, 1, 3, 2, 2, 2]],
      [true, [3, 1, 2, 1, 3, 2]],
    ] as const) {
      const patient = await prisma.patient.create({
        data: {
          programId: program.id,
          firstName: referred ? 'Morgan' : 'Avery',
          lastName: `Intake ${index + 1}`,
          dateOfBirth: new Date(Date.UTC(1988 + index, 4, 12)),
          recordNumber: nextRecordNumber(),
        },
      });
      const assessment = await prisma.intakeAssessment.create({
        data: {
          patientId: patient.id,
          programId: program.id,
          assessedById: caseManager.id,
          presentingConcerns: referred ? 'Daily heavy drinking, shakes in the morning' : 'Nightmares and drinking to sleep',
          substanceUse: [
            {
              substance: 'Alcohol',
              route: 'oral',
              frequency: 'daily',
              lastUse: utcDate(today.minus({ days: 1 }))
                .toISOString()
                .slice(0, 10),
              withdrawalHistory: referred,
            },
          ],
          traumaExperiences: referred ? [] : ['SERIOUS_ACCIDENT'],
          pcl5: referred ? 28 : 51,
          phq9: 12,
          // The person awaiting a decision answered item 9 above 0: their assessor's urgent task is open.
          phq9Item9: referred ? 0 : 1,
          auditC: referred ? 11 : 8,
          withdrawalRisk: referred,
          asamRatings: ratings([...values]),
          recommendedLevel: referred ? 'WITHDRAWAL_MANAGEMENT' : 'PHP',
          recommendationReasons: referred ? ['Withdrawal risk flagged: medically supervised withdrawal management before this program'] : ['Dimension 3 (3) rated 3: daily structured treatment (PHP)'],
          ...(referred
            ? {
                decidedLevel: 'WITHDRAWAL_MANAGEMENT' as const,
                decidedById: caseManager.id,
                decidedAt: new Date(),
                outcome: 'REFERRED_OUT' as const,
                referredTo: 'County detox unit',
                referralReason: 'Withdrawal risk',
                referralFollowUpDue: utcDate(today.plus({ days: 1 })),
              }
            : {}),
        },
      });
      // The task the assessment raised, as recordIntakeAssessment or referOutFromAssessment opens it.
      const [title, purpose, due] = referred
        ? ['Check that the person arrived (referred to County detox unit)', 'referral-arrival', today.plus({ days: 1 })]
        : ['Urgent: assess safety and start a safety plan (PHQ-9 item 9 at intake)', 'safety-plan-review', today];
      await prisma.task.create({
        data: { assessmentId: assessment.id, title, ownerId: caseManager.id, dueDate: utcDate(due), createdById: caseManager.id, reminderKey: `${purpose}:intake:${assessment.id}:${caseManager.id}` },
      });
    }
  }
  const [first] = programs;
  const plans = await prisma.treatmentPlan.findMany({ where: { episode: { programId: first.id }, status: { not: 'CLOSED' } }, include: { episode: true }, orderBy: { createdAt: 'asc' }, take: 3 });
  const [stepped, ...discharged] = plans;
  const today = DateTime.now().setZone(first.timeZone).startOf('day');
  await prisma.levelOfCareChange.create({
    data: {
      planId: stepped.id,
      fromLevel: 'PHP',
      toLevel: 'IOP',
      reason: 'Stable for two weeks; back at work',
      ratings: ratings([0, 0, 2, 1, 2, 1]),
      reviewCadenceDays: 30,
      changedById: stepped.createdById,
    },
  });
  await prisma.treatmentPlan.update({ where: { id: stepped.id }, data: { levelOfCare: 'IOP', reviewCadenceDays: 30, version: { increment: 1 } } });
  for (const [i, plan] of discharged.entries()) {
    const dischargeDate = utcDate(today.minus({ days: 3 + i * 10 }));
    await prisma.task.updateMany({ where: { planId: plan.id, status: { in: ['OPEN', 'IN_PROGRESS'] } }, data: { status: 'DONE', completedAt: new Date() } });
    await prisma.discharge.create({
      data: {
        planId: plan.id,
        episodeId: plan.episodeId,
        reason: i === 0 ? 'COMPLETED' : 'STEPPED_DOWN_TO_OUTPATIENT',
        dischargeDate,
        summary: 'Completed the program; sober; symptoms manageable with skills. Steps down to weekly outpatient therapy.',
        goalOutcomes: [],
        measureOutcomes: [],
        medications: [],
        safetyPlan: [],
        triggerDates: [],
        followUpAt: new Date(dischargeDate.getTime() + 5 * 86_400_000 + 15 * 3_600_000),
        followUpWith: 'Harbor Outpatient Counseling',
        communitySupports: ['SMART Recovery', 'Peer recovery coach'],
        dischargedById: plan.createdById,
      },
    });
    await prisma.treatmentPlan.update({ where: { id: plan.id }, data: { status: 'CLOSED', version: { increment: 1 } } });
    await prisma.episode.update({ where: { id: plan.episodeId }, data: { status: 'DISCHARGED', endDate: dischargeDate } });
    await prisma.task.createMany({
      data: [7, 30].map((days) => ({
        planId: plan.id,
        title: `${days}-day check-in after discharge`,
        ownerId: plan.createdById,
        dueDate: new Date(dischargeDate.getTime() + days * 86_400_000),
        createdById: plan.createdById,
      })),
    });
  }
}
