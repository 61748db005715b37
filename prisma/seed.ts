import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { loadConfig, requireDependencies } from '@oneplan/config';
import { type LevelOfCare, PrismaService } from '@oneplan/prisma';
import { seedCarePathways } from './seed-pathways.js';
import { seedGroupsAndSupports } from './seed-groups-and-supports.js';
import { seedSelfReports } from './seed-self-report.js';

/**
 * npm run db:seed: a fictional demo clinic (every name, date and story here is invented). One organization
 * with its administrator, three programs (PHP, IOP, virtual IOP) with their staff, forty patients with plans, and eight weeks of groups, attendance,
 * sessions, measures and medication changes; plan templates, intake assessments, a step-down and two discharges
 * (prisma/seed-pathways.ts); recurring groups with rosters, and supports with and without consent (prisma/seed-groups-and-supports.ts);
 * self-reported measures (prisma/seed-self-report.ts).
 * Refuses to run on a database that already has programs.
 */
const config = loadConfig();
await requireDependencies(config, 'seed', ['PostgreSQL']);
const prisma = new PrismaService(config);
let seed = 20261127;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const PROGRAMS: Array<{ key: string; name: string; levelOfCare: LevelOfCare; timeZone: string; patients: number }> = [
  { key: 'php', name: 'Riverbend Partial Hospitalization Program', levelOfCare: 'PHP', timeZone: 'America/Chicago', patients: 14 },
  { key: 'iop', name: 'Riverbend Intensive Outpatient Program', levelOfCare: 'IOP', timeZone: 'America/New_York', patients: 14 },
  { key: 'viop', name: 'Riverbend Virtual IOP', levelOfCare: 'VIRTUAL_IOP', timeZone: 'America/Denver', patients: 12 },
];

export const DEMO_ORGANIZATION = { name: 'Riverbend Behavioral Health', admin: { name: 'Irene Walsh', email: 'irene.walsh@riverbend.example', credentials: 'MHA' } };

export const DEMO_STAFF = [
  { name: 'Maya Okafor', email: 'maya.okafor@riverbend.example', credentials: 'LCSW', discipline: 'THERAPIST', program: 'php' },
  { name: 'Daniel Reyes', email: 'daniel.reyes@riverbend.example', credentials: 'LPC, LADC', discipline: 'THERAPIST', program: 'iop' },
  { name: 'Priya Natarajan', email: 'priya.natarajan@riverbend.example', credentials: 'PsyD', discipline: 'THERAPIST', program: 'viop' },
  { name: 'Sam Whitfield', email: 'sam.whitfield@riverbend.example', credentials: 'CADC', discipline: 'GROUP_FACILITATOR', program: 'php' },
  { name: 'Lena Brooks', email: 'lena.brooks@riverbend.example', credentials: 'LMFT', discipline: 'GROUP_FACILITATOR', program: 'iop' },
  { name: 'Omar Haddad', email: 'omar.haddad@riverbend.example', credentials: 'MD', discipline: 'PRESCRIBER', program: 'php' },
  { name: 'Grace Liu', email: 'grace.liu@riverbend.example', credentials: 'PMHNP-BC', discipline: 'PRESCRIBER', program: 'iop' },
  { name: 'Tomas Varga', email: 'tomas.varga@riverbend.example', credentials: 'BSW', discipline: 'CASE_MANAGER', program: 'php' },
  { name: 'Aisha Bello', email: 'aisha.bello@riverbend.example', credentials: 'MSW', discipline: 'CASE_MANAGER', program: 'iop' },
  { name: 'Ruth Castellanos', email: 'ruth.castellanos@riverbend.example', credentials: 'LCSW, MBA', discipline: 'PROGRAM_ADMIN', program: 'php' },
  { name: 'Nadia Farouk', email: 'nadia.farouk@riverbend.example', credentials: 'LPC, MHA', discipline: 'PROGRAM_ADMIN', program: 'iop' },
  { name: 'Ben Ortiz', email: 'ben.ortiz@riverbend.example', credentials: 'LMHC', discipline: 'PROGRAM_ADMIN', program: 'viop' },
  { name: 'Kai Nakamura', email: 'kai.nakamura@riverbend.example', credentials: 'CADC', discipline: 'GROUP_FACILITATOR', program: 'viop' },
  { name: 'Hannah Stein', email: 'hannah.stein@riverbend.example', credentials: 'PMHNP-BC', discipline: 'PRESCRIBER', program: 'viop' },
  { name: 'Luis Moreno', email: 'luis.moreno@riverbend.example', credentials: 'BSW', discipline: 'CASE_MANAGER', program: 'viop' },
] as const;

const FIRST = [
  'Jordan',
  'Alex',
  'Casey',
  'Riley',
  'Morgan',
  'Taylor',
  'Jamie',
  'Avery',
  'Quinn',
  'Rowan',
  'Drew',
  'Skyler',
  'Emerson',
  'Reese',
  'Hayden',
  'Parker',
  'Sage',
  'Dakota',
  'Finley',
  'Marlowe',
];
const LAST = [
  'Alvarez',
  'Bennett',
  'Chen',
  'Dubois',
  'Ellison',
  'Fofanah',
  'Garza',
  'Holm',
  'Ibarra',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Mbeki',
  'Novak',
  'Ortega',
  'Petrov',
  'Quintero',
  'Rasmussen',
  'Sato',
  'Tran',
];
const GROUPS = [
  ['SKILLS', 'Distress tolerance: TIPP skills'],
  ['PROCESS', 'Process group'],
  ['PSYCHOEDUCATION', 'How trauma and substance use feed each other'],
  ['RELAPSE_PREVENTION', 'Mapping high-risk situations'],
  ['SKILLS', 'Grounding and urge surfing'],
  ['FAMILY', 'Family session: communication after trauma'],
] as const;

const utcDate = (local: DateTime) => new Date(Date.UTC(local.year, local.month - 1, local.day));

async function main() {
  if ((await prisma.program.count()) > 0) {
    console.log('The database already holds programs: demo seed skipped.');
    return;
  }
  const organization = await prisma.organization.create({ data: { name: DEMO_ORGANIZATION.name } });
  await prisma.staffMember.create({ data: { ...DEMO_ORGANIZATION.admin, organizationId: organization.id, discipline: 'ORGANIZATION_ADMIN' } });
  const programs = new Map<string, { id: string; levelOfCare: LevelOfCare; timeZone: string }>();
  for (const program of PROGRAMS) {
    const row = await prisma.program.create({ data: { name: program.name, levelOfCare: program.levelOfCare, timeZone: program.timeZone, organizationId: organization.id } });
    programs.set(program.key, row);
  }
  const staff = await Promise.all(
    DEMO_STAFF.map((member) =>
      prisma.staffMember.create({ data: { name: member.name, email: member.email, credentials: member.credentials, discipline: member.discipline, programId: programs.get(member.program)!.id } }),
    ),
  );
  let patientNumber = 0;
  for (const program of PROGRAMS) {
    const { id: programId, timeZone, levelOfCare } = programs.get(program.key)!;
    // Everyone works in one program: care teams and groups are staffed from the patient's own program.
    const byDiscipline = (discipline: string) => staff.filter((member) => member.discipline === discipline && member.programId === programId);
    const admin = byDiscipline('PROGRAM_ADMIN')[0];
    const today = DateTime.now().setZone(timeZone).startOf('day');
    const facilitator = pick(byDiscipline('GROUP_FACILITATOR'));
    const groups = [];
    const groupDays = levelOfCare === 'PHP' ? [1, 2, 3, 4, 5] : [1, 3, 4];
    const slots =
      levelOfCare === 'PHP'
        ? [
            [9, 0, 60],
            [10, 15, 60],
            [13, 0, 90],
          ]
        : [
            [18, 0, 60],
            [19, 0, 60],
            [20, 0, 60],
          ];
    for (let week = 8; week >= 0; week--) {
      for (const weekday of groupDays) {
        const day = today
          .startOf('week')
          .minus({ weeks: week })
          .plus({ days: weekday - 1 });
        for (const [hour, minute, length] of slots) {
          const startsAt = day.set({ hour, minute });
          if (startsAt > today.plus({ days: 7 })) continue;
          const [type, topic] = pick(GROUPS);
          groups.push({
            id: randomUUID(),
            programId,
            type,
            facilitatorId: facilitator.id,
            startsAt: startsAt.toJSDate(),
            endsAt: startsAt.plus({ minutes: length }).toJSDate(),
            modality: program.key === 'viop' ? ('VIRTUAL' as const) : ('IN_PERSON' as const),
            topic,
            createdById: admin.id,
          });
        }
      }
    }
    await prisma.groupSession.createMany({ data: groups });
    for (let index = 0; index < program.patients; index++) {
      patientNumber++;
      const therapist = pick(byDiscipline('THERAPIST'));
      const admitted = today.minus({ days: 7 + Math.floor(random() * 49) });
      const patient = await prisma.patient.create({
        data: {
          programId,
          firstName: pick(FIRST),
          lastName: pick(LAST),
          dateOfBirth: new Date(Date.UTC(1960 + Math.floor(random() * 45), Math.floor(random() * 12), 1 + Math.floor(random() * 28))),
          recordNumber: `RB-${String(1000 + patientNumber)}`,
          pronouns: pick(['she/her', 'he/him', 'they/them', null]),
          emergencyContact: { name: `${pick(FIRST)} ${pick(LAST)}`, relationship: pick(['sibling', 'partner', 'parent', 'friend']), phone: `555-01${String(patientNumber).padStart(2, '0')}` },
        },
      });
      const episode = await prisma.episode.create({ data: { patientId: patient.id, programId, startDate: utcDate(admitted) } });
      const team = [
        { staffId: therapist.id, role: 'PRIMARY_THERAPIST' as const },
        { staffId: facilitator.id, role: 'GROUP_FACILITATOR' as const },
        { staffId: pick(byDiscipline('PRESCRIBER')).id, role: 'PRESCRIBER' as const },
        { staffId: pick(byDiscipline('CASE_MANAGER')).id, role: 'CASE_MANAGER' as const },
      ];
      await prisma.careTeamMember.createMany({ data: team.map((member) => ({ ...member, episodeId: episode.id, fromDate: utcDate(admitted) })) });
      const prescriber = team[2].staffId;
      const cadence = levelOfCare === 'PHP' ? 14 : 30;
      const planId = randomUUID();
      const revisions: Array<{ entityType: string; entityId: string; authorId: string; at: Date }> = [];
      const at = (days: number, hour = 12) => admitted.plus({ days, hours: hour }).toJSDate();
      await prisma.treatmentPlan.create({
        data: {
          id: planId,
          episodeId: episode.id,
          status: 'ACTIVE',
          levelOfCare,
          reviewCadenceDays: cadence,
          nextReviewDate: utcDate(admitted.plus({ days: cadence * Math.ceil((today.diff(admitted, 'days').days + 1) / cadence) })),
          createdById: therapist.id,
          safetyPlan: {
            create: {
              warningSigns: ['Isolating in my room', 'Skipping meals', 'Nightmares more than twice a week'],
              copingStrategies: ['5-4-3-2-1 grounding', 'Walk around the block', 'Cold water on the face'],
              peopleAndPlaces: ['Public library', "Sister's kitchen table"],
              contacts: [{ name: 'Sponsor', phone: '555-0199', relationship: 'sponsor' }],
              crisisLines: [
                { name: '988 Suicide and Crisis Lifeline (call or text)', number: '988' },
                { name: 'Emergency services', number: '911' },
                { name: 'SAMHSA National Helpline', number: '1-800-662-4357' },
              ],
              updatedById: therapist.id,
            },
          },
        },
      });
      revisions.push({ entityType: 'TreatmentPlan', entityId: planId, authorId: therapist.id, at: at(0, 10) });
      const problems = [
        { id: randomUUID(), planId, title: 'Post-traumatic stress', description: 'Intrusive memories and hypervigilance after a car crash.', category: 'TRAUMA' as const, createdById: therapist.id },
        { id: randomUUID(), planId, title: 'Alcohol use', description: 'Drinks to sleep and to quiet intrusive memories.', category: 'CO_OCCURRING' as const, createdById: therapist.id },
      ];
      await prisma.problem.createMany({ data: problems });
      const goals = [
        { id: randomUUID(), planId, statement: 'Sleep through the night without drinking', ownerId: therapist.id, status: 'ACTIVE' as const, createdById: therapist.id },
        { id: randomUUID(), planId, statement: 'Use grounding instead of avoidance when memories intrude', ownerId: therapist.id, status: 'ACTIVE' as const, createdById: therapist.id },
      ];
      await prisma.goal.createMany({ data: goals });
      await prisma.goalProblem.createMany({
        data: [
          { goalId: goals[0].id, problemId: problems[1].id },
          { goalId: goals[1].id, problemId: problems[0].id },
        ],
      });
      await prisma.objective.createMany({
        data: [
          {
            goalId: goals[0].id,
            description: 'Alcohol-free nights per week',
            measuredBy: 'Self-report diary',
            measureType: 'CRAVING',
            baseline: 1,
            target: 7,
            targetDate: utcDate(admitted.plus({ days: 42 })),
            createdById: therapist.id,
          },
          {
            goalId: goals[1].id,
            description: 'Lower PTSD symptoms',
            measuredBy: 'PCL-5 total',
            measureType: 'PCL5',
            baseline: 52,
            target: 33,
            targetDate: utcDate(admitted.plus({ days: 56 })),
            createdById: therapist.id,
          },
        ],
      });
      await prisma.intervention.createMany({
        data: [
          { goalId: goals[0].id, name: 'Urge surfing', frequency: 'When cravings rise', createdById: therapist.id },
          { goalId: goals[1].id, name: 'Grounding (5-4-3-2-1)', frequency: 'Daily practice', createdById: therapist.id },
          { goalId: goals[1].id, name: 'Distress tolerance skills group', frequency: 'Weekly', createdById: therapist.id },
        ],
      });
      const elapsedWeeks = Math.max(1, Math.floor(today.diff(admitted, 'weeks').weeks));
      const measures = [];
      for (let week = 0; week < elapsedWeeks; week++) {
        const when = at(week * 7, 11);
        measures.push(
          { planId, type: 'PHQ9' as const, score: Math.max(0, 19 - week * 2 + Math.floor(random() * 3)), selfHarmItem: week === 0 ? 1 : 0, administeredAt: when, recordedById: therapist.id },
          { planId, type: 'GAD7' as const, score: Math.max(0, 15 - week + Math.floor(random() * 3)), administeredAt: when, recordedById: therapist.id },
          { planId, type: 'CRAVING' as const, score: Math.max(0, 8 - week), administeredAt: when, recordedById: therapist.id },
        );
        if (week % 2 === 0) measures.push({ planId, type: 'PCL5' as const, score: Math.max(10, 52 - week * 3), administeredAt: when, recordedById: therapist.id });
        if (week === 0) measures.push({ planId, type: 'AUDIT_C' as const, score: 9, administeredAt: when, recordedById: therapist.id });
      }
      await prisma.outcomeMeasure.createMany({ data: measures.map((measure) => ({ selfHarmItem: null, ...measure })) });
      const sessions = [];
      for (let week = 0; week <= elapsedWeeks; week++) {
        const start = admitted.plus({ days: week * 7 + 1 }).set({ hour: 15 });
        const past = start < today;
        sessions.push({
          id: randomUUID(),
          planId,
          therapistId: therapist.id,
          type: week === 0 ? ('INTAKE' as const) : ('THERAPY' as const),
          status: past ? (random() < 0.9 ? ('COMPLETED' as const) : ('NO_SHOW' as const)) : ('SCHEDULED' as const),
          scheduledStart: start.toJSDate(),
          scheduledEnd: start.plus({ minutes: 50 }).toJSDate(),
          createdById: therapist.id,
        });
      }
      await prisma.individualSession.createMany({
        data: sessions.map((session) => ({
          ...session,
          actualStart: session.status === 'COMPLETED' ? session.scheduledStart : null,
          actualEnd: session.status === 'COMPLETED' ? session.scheduledEnd : null,
        })),
      });
      await prisma.individualSessionGoal.createMany({ data: sessions.map((session) => ({ sessionId: session.id, goalId: pick(goals).id })) });
      const medicationChanges = [
        {
          id: randomUUID(),
          planId,
          prescriberId: prescriber,
          medicationName: 'Prazosin',
          rxNormCode: '8629',
          dose: '1 mg',
          route: 'oral',
          frequency: 'nightly',
          changeType: 'START' as const,
          reason: 'Trauma-related nightmares',
          targetSymptoms: ['sleep', 'nightmares'],
          effectiveAt: at(2),
        },
        {
          id: randomUUID(),
          planId,
          prescriberId: prescriber,
          medicationName: 'Naltrexone',
          rxNormCode: '7243',
          dose: '50 mg',
          route: 'oral',
          frequency: 'daily',
          changeType: 'START' as const,
          reason: 'Reduce alcohol cravings',
          targetSymptoms: ['cravings'],
          forSubstanceUse: true,
          effectiveAt: at(3),
        },
        {
          id: randomUUID(),
          planId,
          prescriberId: prescriber,
          medicationName: 'Prazosin',
          rxNormCode: '8629',
          dose: '2 mg',
          route: 'oral',
          frequency: 'nightly',
          changeType: 'ADJUST' as const,
          reason: 'Nightmares persist at 1 mg',
          targetSymptoms: ['sleep', 'nightmares'],
          effectiveAt: at(10),
        },
      ];
      await prisma.medicationChange.createMany({ data: medicationChanges });
      await prisma.medicationChangeGoal.createMany({
        data: [
          { medicationChangeId: medicationChanges[0].id, goalId: goals[0].id },
          { medicationChangeId: medicationChanges[1].id, goalId: goals[0].id },
        ],
      });
      await prisma.clinicalNote.createMany({
        data: sessions
          .filter((session) => session.status === 'COMPLETED')
          .map((session) => ({
            planId,
            kind: 'SESSION' as const,
            individualSessionId: session.id,
            text: 'Reviewed the week; practised grounding; planned for the weekend.',
            noteDate: utcDate(DateTime.fromJSDate(session.scheduledStart)),
            authorId: therapist.id,
          })),
      });
      await prisma.clinicalNote.create({
        data: {
          planId,
          kind: 'PROGRESS',
          goalId: goals[0].id,
          text: 'Three alcohol-free nights this week; used urge surfing twice.',
          noteDate: utcDate(today.minus({ days: 2 })),
          authorId: therapist.id,
        },
      });
      await prisma.triggerDate.create({
        data: { planId, label: 'Anniversary of the crash', date: utcDate(today.plus({ days: 10 + Math.floor(random() * 300) }).set({ year: 2019 })), leadTimeDays: 7, createdById: therapist.id },
      });
      await prisma.task.create({
        data: { planId, title: 'Coordinate sleep plan with prescriber', ownerId: therapist.id, dueDate: utcDate(today.plus({ days: 5 })), goalId: goals[0].id, createdById: therapist.id },
      });
      const attended = groups.filter((group) => group.startsAt >= admitted.toJSDate() && group.startsAt <= today.toJSDate());
      await prisma.groupAttendance.createMany({
        data: attended.map((group) => {
          const roll = random();
          const status = roll < 0.78 ? 'PRESENT' : roll < 0.86 ? 'LATE' : roll < 0.9 ? 'LEFT_EARLY' : roll < 0.96 ? 'ABSENT' : 'EXCUSED';
          return {
            groupSessionId: group.id,
            patientId: patient.id,
            status,
            minutesAttended: status === 'LATE' || status === 'LEFT_EARLY' ? 40 : null,
            recordedById: facilitator.id,
            recordedAt: group.endsAt,
          };
        }),
      });
      if (patientNumber % 4 === 0) {
        await prisma.consent.create({
          data: {
            patientId: patient.id,
            recipientType: 'ORGANIZATION',
            recipientName: 'Lakeside Family Medicine',
            purpose: 'Coordination with primary care',
            allCategories: false,
            categories: ['MEDICATIONS', 'PROBLEMS_AND_GOALS'],
            startsOn: utcDate(admitted),
            expiresOn: utcDate(admitted.plus({ years: 1 })),
            recordedById: therapist.id,
          },
        });
      }
      for (const item of [...problems.map((row) => ['Problem', row.id]), ...goals.map((row) => ['Goal', row.id]), ...medicationChanges.map((row) => ['MedicationChange', row.id])]) {
        revisions.push({ entityType: item[0], entityId: item[1], authorId: item[0] === 'MedicationChange' ? prescriber : therapist.id, at: at(1) });
      }
      await prisma.planRevision.createMany({
        data: revisions.map((revision) => ({
          planId,
          authorId: revision.authorId,
          entityType: revision.entityType,
          entityId: revision.entityId,
          action: 'CREATED',
          changes: [],
          reason: 'Demo clinic',
          createdAt: revision.at,
        })),
      });
    }
  }
  await seedCarePathways(prisma, [...programs.values()], () => `RB-${String(1000 + ++patientNumber)}`);
  await seedGroupsAndSupports(prisma, [...programs.values()]);
  await seedSelfReports(prisma, [...programs.values()]);
  console.log(`Demo clinic seeded: one organization, ${PROGRAMS.length} programs, ${staff.length} staff, ${patientNumber} patients. Sign in as e.g. ${DEMO_STAFF[0].email}.`);
}

try {
  await main();
} finally {
  await prisma.close();
}
