import { randomUUID } from 'node:crypto';
import type { PrismaService } from '@oneplan/prisma';

/** The whole shared plan as a client asks for it: every kind of record, nested. */
export const PLAN_QUERY = `query($patientId: ID!) {
  patientPlan(patientId: $patientId) {
    id status phase levelOfCare referredOutTo reviewCadenceDays nextReviewDate version
    patient { id firstName lastName recordNumber }
    episode { id careTeam { role fromDate staff { id name discipline } } }
    problems { id title category version part2 }
    triggerDates { label date leadTimeDays }
    safetyPlan { version isComplete missingSections warningSigns crisisLines { name number } contacts { name phone } }
    levelOfCareChanges { fromLevel toLevel referralTo reason }
    phaseChanges { fromPhase toPhase reason }
    goals {
      id statement status version part2 owner { name }
      problems { id title }
      objectives { description target targetDate measureType }
      interventions { name }
      progressNotes(last: 10) { nodes { id text part2 author { name } amendments { text amendmentReason author { name } } } }
    }
    notes(last: 20) { nodes { kind text amendments { text } } }
    outcomeMeasures(last: 30) { nodes { type score selfHarmItem part2 changeFromPrevious recordedBy { name } } }
    tasks(first: 50) { nodes { title status dueDate owner { name } } }
    individualSessions(last: 20) { nodes { type status therapist { name } goalsAddressed { statement } notes { text amendments { text } } } }
    medicationChanges(last: 20) { nodes { medicationName changeType dose part2 prescriber { name } goals { statement } notes { text } } }
    currentMedications { medicationName dose onHold }
    attendance(last: 100) { nodes { status groupSession { topic startsAt facilitator { name } } } }
    weeklyCareHours(weeks: 4) { weekStart totalHours band }
    history(first: 50) { nodes { entityType action author { name } changes { field from to } } }
  }
}`;

/**
 * SQL statements one whole-plan read may take, whatever the plan's size: the sign-in lookup, the access
 * check, the plan, one per level of the response (the batch loads a level starts share one statement,
 * see ReadWave in libs/prisma) and the audit trail's one insert. A process's first read of a kind of
 * record runs alone once (it learns the columns), so this counts a second read.
 */
export const PLAN_READ_STATEMENTS = 8;

export interface PlanSize {
  goals: number;
  attendance: number;
  sessions: number;
  medicationChanges: number;
  revisions: number;
}

/**
 * The realistic plan of the benchmark, a patient some months into PHP/IOP: 10 goals (3 objectives, 2 interventions and 5 progress notes
 * each), 30 measures, 100 attendance rows, 20 sessions with notes, 20 medication changes, 50 revisions (about 190 KB of JSON).
 */
export const REALISTIC_PLAN: PlanSize = { goals: 10, attendance: 100, sessions: 20, medicationChanges: 20, revisions: 50 };

export const scaled = (size: PlanSize, factor: number): PlanSize => Object.fromEntries(Object.entries(size).map(([key, value]) => [key, value * factor])) as unknown as PlanSize;

export interface PlanOwners {
  planId: string;
  patientId: string;
  programId: string;
  therapistId: string;
  facilitatorId: string;
  prescriberId: string;
}

const WORDS = 'patient reported fewer cravings this week and used grounding skills twice when intrusive memories returned at night sleep improved to six hours'.split(' ');

/** Clinical-looking text of about `length` characters (notes in real plans run to thousands). */
const prose = (length: number) => {
  const words: string[] = [];
  for (let i = 0, size = 0; size < length; i++) size += (words[words.length] = WORDS[(i * 7) % WORDS.length]).length + 1;
  return words.join(' ');
};

/** Fills a plan with every kind of record it can hold, in bulk (each goal with problems, objectives, interventions and notes). */
export async function fillPlan(prisma: PrismaService, owners: PlanOwners, size: PlanSize): Promise<void> {
  const { planId, therapistId } = owners;
  const day = (offset: number) => new Date(Date.now() - offset * 3_600_000);
  const problems = Array.from({ length: size.goals }, (_, i) => ({
    id: randomUUID(),
    planId,
    title: `Problem ${i}`,
    description: 'Described',
    category: i % 2 ? ('TRAUMA' as const) : ('CO_OCCURRING' as const),
    createdById: therapistId,
  }));
  const goals = problems.map((_problem, i) => ({ id: randomUUID(), planId, statement: `Goal ${i}`, ownerId: therapistId, status: 'ACTIVE' as const, createdById: therapistId }));
  await prisma.problem.createMany({ data: problems });
  await prisma.goal.createMany({ data: goals });
  await prisma.goalProblem.createMany({ data: goals.map((goal, i) => ({ goalId: goal.id, problemId: problems[i].id })) });
  await prisma.objective.createMany({
    data: goals.flatMap((goal) =>
      [0, 1, 2].map((n) => ({ goalId: goal.id, description: `Objective ${n}: ${prose(80)}`, measuredBy: 'Diary', target: 5, targetDate: new Date('2030-01-01'), createdById: therapistId })),
    ),
  });
  await prisma.intervention.createMany({ data: goals.flatMap((goal) => ['Grounding', 'Urge surfing'].map((name) => ({ goalId: goal.id, name, createdById: therapistId }))) });
  await prisma.clinicalNote.createMany({
    data: goals.flatMap((goal) =>
      [0, 1, 2, 3, 4].map((n) => ({ planId, goalId: goal.id, kind: 'PROGRESS' as const, text: `Progress ${n}. ${prose(900)}`, noteDate: new Date(), authorId: therapistId })),
    ),
  });
  await prisma.outcomeMeasure.createMany({
    data: goals.flatMap((_, i) => [
      { planId, type: 'PHQ9' as const, score: 10, selfHarmItem: 0, administeredAt: day(i * 24 + 1), recordedById: therapistId },
      { planId, type: 'GAD7' as const, score: 8, administeredAt: day(i * 24 + 2), recordedById: therapistId },
      { planId, type: 'PCL5' as const, score: 38, administeredAt: day(i * 24 + 3), recordedById: therapistId },
    ]),
  });
  await prisma.task.createMany({ data: goals.map((goal) => ({ planId, goalId: goal.id, title: 'Follow up', ownerId: therapistId, dueDate: new Date(), createdById: therapistId })) });
  const groups = Array.from({ length: size.attendance }, (_, i) => ({
    id: randomUUID(),
    programId: owners.programId,
    type: 'SKILLS' as const,
    facilitatorId: owners.facilitatorId,
    startsAt: day(i + 2),
    endsAt: day(i + 1),
    modality: 'IN_PERSON' as const,
    topic: 'Skills',
    createdById: owners.facilitatorId,
  }));
  await prisma.groupSession.createMany({ data: groups });
  await prisma.groupAttendance.createMany({
    data: groups.map((group, i) => ({ groupSessionId: group.id, patientId: owners.patientId, status: i % 7 ? ('PRESENT' as const) : ('ABSENT' as const), recordedById: owners.facilitatorId })),
  });
  const sessions = Array.from({ length: size.sessions }, (_, i) => ({
    id: randomUUID(),
    planId,
    therapistId,
    type: 'THERAPY' as const,
    status: 'COMPLETED' as const,
    scheduledStart: day(i * 24 + 3),
    scheduledEnd: day(i * 24 + 2),
    actualStart: day(i * 24 + 3),
    actualEnd: day(i * 24 + 2),
    createdById: therapistId,
  }));
  await prisma.individualSession.createMany({ data: sessions });
  await prisma.individualSessionGoal.createMany({ data: sessions.map((session, i) => ({ sessionId: session.id, goalId: goals[i % goals.length].id })) });
  await prisma.clinicalNote.createMany({
    data: sessions.map((session) => ({ planId, individualSessionId: session.id, kind: 'SESSION' as const, text: prose(2400), noteDate: new Date(), authorId: therapistId })),
  });
  const changes = Array.from({ length: size.medicationChanges }, (_, i) => ({
    id: randomUUID(),
    planId,
    prescriberId: owners.prescriberId,
    medicationName: `Medication ${i % 5}`,
    dose: `${i} mg`,
    route: 'oral',
    frequency: 'daily',
    changeType: i < 5 ? ('START' as const) : ('ADJUST' as const),
    reason: 'Titration',
    targetSymptoms: ['sleep'],
    effectiveAt: day(500 - i),
  }));
  await prisma.medicationChange.createMany({ data: changes });
  await prisma.medicationChangeGoal.createMany({ data: changes.map((change, i) => ({ medicationChangeId: change.id, goalId: goals[i % goals.length].id })) });
  await prisma.clinicalNote.createMany({
    data: changes.map((change) => ({ planId, medicationChangeId: change.id, kind: 'MEDICATION' as const, text: prose(600), noteDate: new Date(), authorId: owners.prescriberId })),
  });
  await prisma.planRevision.createMany({
    data: Array.from({ length: size.revisions }, (_, i) => ({
      planId,
      authorId: therapistId,
      entityType: 'Goal',
      entityId: goals[i % goals.length].id,
      action: 'UPDATED',
      changes: [{ field: 'statement', from: null, to: '"x"' }],
    })),
  });
}
