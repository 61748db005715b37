import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DateTime } from 'luxon';
import { ReminderSweeps } from '@oneplan/reminders';
import { programDay, useClinic } from '../support/clinic.js';
import { ok } from '../support/test-api.js';
import { startTestWorker } from '../support/worker.js';

const ZONE = 'America/New_York';
const at = (local: string) => DateTime.fromISO(local, { zone: ZONE }).toJSDate();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Time-based reminders, swept at chosen instants in the program's time zone (America/New_York). */
describe('Reminder sweeps (e2e)', () => {
  const { api, clinic } = useClinic({ QUEUE_PREFIX: `oneplan-test-${randomBytes(4).toString('hex')}` });
  let worker: INestApplicationContext;
  const sweep = (now: Date) => worker.get(ReminderSweeps).run(now);
  const names = () => Object.fromEntries(Object.entries(clinic.staff).map(([key, id]) => [id, key]));
  const told = async (kind: string) => (await api.prisma.notification.findMany({ where: { kind: kind as never } })).map((row) => names()[row.recipientId]).sort();

  beforeAll(async () => {
    worker = await startTestWorker();
    // Episodes in the fixture began 60 days ago; these tests sweep in 2026, so admission moves back.
    await api.prisma.episode.update({ where: { id: clinic.episodeId }, data: { startDate: day('2026-01-01') } });
  });
  afterAll(() => worker.close());

  it('should remind of a plan review 7 days ahead, on the day with a task, when overdue, and the admins 3 days late: each once', async () => {
    await api.prisma.treatmentPlan.update({ where: { id: clinic.planId }, data: { nextReviewDate: day('2026-03-16') } });
    await sweep(at('2026-03-08T09:00'));
    expect(await told('REVIEW_DUE')).toEqual([]);
    await sweep(at('2026-03-09T09:00'));
    await sweep(at('2026-03-09T17:00'));
    expect(await told('REVIEW_DUE')).toEqual(['therapist']);
    await sweep(at('2026-03-16T08:00'));
    expect(await told('REVIEW_DUE')).toEqual(['therapist', 'therapist']);
    const task = await api.prisma.task.findFirstOrThrow({ where: { title: 'Review the treatment plan' } });
    expect(task).toMatchObject({ ownerId: clinic.staff.therapist, dueDate: day('2026-03-16'), status: 'OPEN' });
    await sweep(at('2026-03-17T08:00'));
    expect(await told('REVIEW_OVERDUE')).toEqual(['therapist']);
    await sweep(at('2026-03-19T08:00'));
    await sweep(at('2026-03-20T08:00'));
    expect(await told('REVIEW_OVERDUE')).toEqual(['admin', 'therapist']);
    expect(await api.prisma.task.count({ where: { title: 'Review the treatment plan' } })).toBe(1);

    const plan = await api.prisma.treatmentPlan.findUniqueOrThrow({ where: { id: clinic.planId } });
    ok(
      await api.gql(clinic.staff.therapist, `mutation($input: UpdateTreatmentPlanInput!) { updateTreatmentPlan(input: $input) { plan { version } } }`, {
        input: { planId: clinic.planId, expectedVersion: plan.version, nextReviewDate: programDay(30), reason: 'Reviewed with the team' },
      }),
    );
    expect(await api.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: 'DONE', completedAt: expect.any(Date) });
  });

  it.each([
    ['spring forward (8 March 2026)', '2026-03-09T09:00', '2026-03-08T12:00', '2026-03-07T23:30'],
    ['fall back (1 November 2026)', '2026-11-02T09:00', '2026-11-01T12:00', '2026-10-31T23:30'],
  ])("should remind of a session tomorrow across %s by the program's calendar", async (_change, start, dayBefore, twoDaysBefore) => {
    const session = await api.prisma.individualSession.create({
      data: {
        planId: clinic.planId,
        therapistId: clinic.staff.cotherapist,
        type: 'THERAPY',
        scheduledStart: at(start),
        scheduledEnd: new Date(at(start).getTime() + 3_000_000),
        createdById: clinic.staff.therapist,
      },
    });
    const tomorrowFor = async () => api.prisma.notification.findMany({ where: { kind: 'SESSION_TOMORROW', subjectId: session.id } });
    await sweep(at(twoDaysBefore));
    expect(await tomorrowFor()).toEqual([]);
    await sweep(at(dayBefore));
    await sweep(new Date(at(dayBefore).getTime() + 3_600_000));
    const reminders = await tomorrowFor();
    expect(reminders.map((row) => [names()[row.recipientId], row.message.endsWith('tomorrow at 09:00.')])).toEqual([['cotherapist', true]]);
  });

  it.each([
    ['spring forward', '2026-03-08'],
    ['fall back', '2026-11-01'],
  ])('should send the daily agenda at 07:00 local on the day clocks %s (%s)', async (_change, date) => {
    await api.prisma.individualSession.create({
      data: {
        planId: clinic.planId,
        therapistId: clinic.staff.therapist,
        type: 'THERAPY',
        scheduledStart: at(`${date}T13:00`),
        scheduledEnd: at(`${date}T13:50`),
        createdById: clinic.staff.therapist,
      },
    });
    const agenda = () => api.prisma.notification.findMany({ where: { kind: 'DAILY_AGENDA', dedupeKey: `agenda:${clinic.staff.therapist}:${date}` } });
    await sweep(at(`${date}T06:55`));
    expect(await agenda()).toEqual([]);
    await sweep(at(`${date}T07:01`));
    expect((await agenda()).map((row) => row.message)).toEqual([expect.stringMatching(/the first at 13:00\.$/)]);
  });

  it('should tell the primary therapist and the facilitator, the same day, of two groups missed, with a follow-up task', async () => {
    const group = async (startsAt: string) =>
      api.prisma.groupSession.create({
        data: {
          programId: clinic.programId,
          type: 'SKILLS',
          facilitatorId: clinic.staff.facilitator,
          startsAt: at(startsAt),
          endsAt: new Date(at(startsAt).getTime() + 3_600_000),
          modality: 'VIRTUAL',
          topic: 'x',
          createdById: clinic.staff.admin,
        },
      });
    // Groups scheduled on their own have no roster: the patient was expected where attendance is recorded (see the recurring groups suite for rosters).
    for (const start of ['2026-04-06T18:00', '2026-04-08T18:00']) {
      const { id } = await group(start);
      await api.prisma.groupAttendance.create({ data: { groupSessionId: id, patientId: clinic.patientId, status: 'ABSENT', recordedById: clinic.staff.facilitator } });
    }
    await sweep(at('2026-04-08T18:30'));
    expect(await told('MISSED_GROUPS')).toEqual([]);
    await sweep(at('2026-04-08T19:05'));
    await sweep(at('2026-04-08T21:00'));
    expect(await told('MISSED_GROUPS')).toEqual(['facilitator', 'therapist']);
    const task = await api.prisma.task.findFirstOrThrow({ where: { title: 'Follow up: two groups missed' } });
    expect(task).toMatchObject({ ownerId: clinic.staff.therapist, dueDate: day('2026-04-08'), status: 'OPEN' });

    const next = await api.prisma.groupSession.create({
      data: {
        programId: clinic.programId,
        type: 'PROCESS',
        facilitatorId: clinic.staff.facilitator,
        startsAt: new Date(Date.now() - 3_600_000),
        endsAt: new Date(),
        modality: 'VIRTUAL',
        topic: 'x',
        createdById: clinic.staff.admin,
      },
    });
    ok(
      await api.gql(clinic.staff.facilitator, `mutation($input: RecordGroupAttendanceInput!) { recordGroupAttendance(input: $input) { attendance { id } } }`, {
        input: { groupSessionId: next.id, entries: [{ patientId: clinic.patientId, status: 'PRESENT' }] },
      }),
    );
    expect(await api.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: 'DONE' });
  });

  it('should tell the primary therapist a measure is due on its schedule (PHQ-9 weekly), once', async () => {
    await api.prisma.outcomeMeasure.create({ data: { planId: clinic.planId, type: 'PHQ9', score: 8, selfHarmItem: 0, administeredAt: at('2026-06-01T10:00'), recordedById: clinic.staff.therapist } });
    const phq9 = async () => (await api.prisma.notification.findMany({ where: { kind: 'MEASURE_DUE', message: { startsWith: 'PHQ9' } } })).map((row) => [names()[row.recipientId], row.message]);
    await sweep(at('2026-06-07T20:00'));
    expect((await phq9()).filter(([, message]) => message.includes('2026-06-08'))).toEqual([]);
    await sweep(at('2026-06-08T09:00'));
    await sweep(at('2026-06-08T15:00'));
    expect((await phq9()).filter(([, message]) => message.includes('2026-06-08'))).toEqual([['therapist', expect.stringMatching(/^PHQ9 is due for .* \(since 2026-06-08\)\.$/)]]);
  });

  it('should tell the primary therapist and the case manager of a week below the hours IOP requires, with a task for the therapist', async () => {
    for (const startsAt of ['2026-06-09T18:00', '2026-06-11T18:00']) {
      const group = await api.prisma.groupSession.create({
        data: {
          programId: clinic.programId,
          type: 'SKILLS',
          facilitatorId: clinic.staff.facilitator,
          startsAt: at(startsAt),
          endsAt: new Date(at(startsAt).getTime() + 3_600_000),
          modality: 'VIRTUAL',
          topic: 'x',
          createdById: clinic.staff.admin,
        },
      });
      await api.prisma.groupAttendance.create({ data: { groupSessionId: group.id, patientId: clinic.patientId, status: 'PRESENT', recordedById: clinic.staff.facilitator } });
    }
    await sweep(at('2026-06-15T08:00'));
    await sweep(at('2026-06-16T08:00'));
    const rows = await api.prisma.notification.findMany({ where: { kind: 'CARE_HOURS_BELOW_BAND', message: { contains: 'week of 2026-06-08' } } });
    expect(rows.map((row) => names()[row.recipientId]).sort()).toEqual(['caseManager', 'therapist']);
    expect(rows[0].message).toContain('had 2 hours of care in the week of 2026-06-08, below the 9 hours IOP requires');
    expect(rows.find((row) => row.recipientId === clinic.staff.therapist)!.taskId).not.toBeNull();
  });

  it("should send each staff member their day's agenda at the program's agenda time, once", async () => {
    await api.prisma.individualSession.create({
      data: {
        planId: clinic.planId,
        therapistId: clinic.staff.cotherapist,
        type: 'THERAPY',
        scheduledStart: at('2026-06-17T10:00'),
        scheduledEnd: at('2026-06-17T10:50'),
        createdById: clinic.staff.therapist,
      },
    });
    // Open tasks due that day or before are on the agenda too; done ones and later ones are not.
    await api.prisma.task.updateMany({ where: { planId: clinic.planId }, data: { status: 'DONE' } });
    const task = (ownerId: string, dueDate: string, status: 'OPEN' | 'DONE' = 'OPEN') =>
      api.prisma.task.create({ data: { planId: clinic.planId, title: '7-day check-in', ownerId, dueDate: day(dueDate), status, createdById: clinic.staff.therapist } });
    await task(clinic.staff.cotherapist, '2026-06-17');
    await task(clinic.staff.therapist, '2026-06-16');
    await task(clinic.staff.therapist, '2026-06-17');
    await task(clinic.staff.therapist, '2026-06-17', 'DONE');
    await task(clinic.staff.prescriber, '2026-06-18');
    const agendas = () => api.prisma.notification.findMany({ where: { kind: 'DAILY_AGENDA', dedupeKey: { endsWith: ':2026-06-17' } }, orderBy: { message: 'asc' } });
    await sweep(at('2026-06-17T06:30'));
    expect(await agendas()).toEqual([]);
    await sweep(at('2026-06-17T07:05'));
    await sweep(at('2026-06-17T12:00'));
    expect((await agendas()).map((row) => [names()[row.recipientId], row.message])).toEqual([
      ['cotherapist', 'Today: 1 individual session and 0 groups, the first at 10:00; 1 task due.'],
      ['therapist', 'Today: 2 tasks due (1 overdue).'],
    ]);
  });

  it('should give the whole team a known trigger date at its lead time, the goal owner an objective due in 7 days, and the primary therapist a consent expiring within 14 days', async () => {
    await api.prisma.triggerDate.create({ data: { planId: clinic.planId, label: 'Anniversary', date: day('2019-05-20'), recursAnnually: true, leadTimeDays: 5, createdById: clinic.staff.therapist } });
    const goal = await api.prisma.goal.create({ data: { planId: clinic.planId, statement: 'Sleep', ownerId: clinic.staff.cotherapist, createdById: clinic.staff.therapist } });
    await api.prisma.objective.create({ data: { goalId: goal.id, description: 'Nights', measuredBy: 'Diary', target: 5, targetDate: day('2026-05-22'), createdById: clinic.staff.therapist } });
    await api.prisma.consent.create({
      data: {
        patientId: clinic.patientId,
        recipientType: 'PERSON',
        recipientName: 'Sam',
        purpose: 'x',
        allCategories: true,
        startsOn: day('2026-01-01'),
        expiresOn: day('2026-05-28'),
        recordedById: clinic.staff.therapist,
      },
    });
    await sweep(at('2026-05-10T10:00'));
    expect([await told('TRIGGER_DATE_APPROACHING'), await told('OBJECTIVE_TARGET_APPROACHING'), await told('CONSENT_EXPIRING')]).toEqual([[], [], []]);
    await sweep(at('2026-05-15T10:00'));
    await sweep(at('2026-05-16T10:00'));
    expect(await told('TRIGGER_DATE_APPROACHING')).toEqual(['caseManager', 'cotherapist', 'facilitator', 'prescriber', 'therapist']);
    expect(await told('OBJECTIVE_TARGET_APPROACHING')).toEqual(['cotherapist']);
    expect(await told('CONSENT_EXPIRING')).toEqual(['therapist']);
  });
});
