import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DateTime } from 'luxon';
import { GroupSessionGenerator } from '@oneplan/groups';
import { SweepKind } from '@oneplan/queue';
import { ReminderSweeps } from '@oneplan/reminders';
import { addPatient, useClinic } from '../support/clinic.js';
import { ok } from '../support/test-api.js';
import { startTestWorker } from '../support/worker.js';

const ZONE = 'America/New_York';
const at = (local: string) => DateTime.fromISO(local, { zone: ZONE }).toJSDate();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const CREATE = `mutation($input: CreateGroupScheduleInput!) { createGroupSchedule(input: $input) { schedule { id generatedThrough meetingLink } } }`;
const ENROLL = `mutation($input: EnrollInGroupInput!) { enrollInGroup(input: $input) { enrollment { id version } plan { groupEnrollments { scheduleId fromDate } } } }`;
const CHANGE = `mutation($input: ChangeGroupOccurrenceInput!) { changeGroupOccurrence(input: $input) { exception { change } groupSession { id startsAt cancelledAt } } }`;

/** Recurring groups in the program's time zone (America/New_York): generation, exceptions, rosters, missed groups. */
describe('Recurring groups (e2e)', () => {
  const { api, clinic } = useClinic({ QUEUE_PREFIX: `oneplan-test-${randomBytes(4).toString('hex')}` });
  let worker: INestApplicationContext;
  const generate = (now: Date) => worker.get(GroupSessionGenerator).generateAll(now);
  const sessionsOf = (scheduleId: string) => api.prisma.groupSession.findMany({ where: { scheduleId }, orderBy: { startsAt: 'asc' } });
  const create = async (input: Record<string, unknown>) =>
    ok(
      await api.gql(clinic.staff.facilitator, CREATE, {
        input: { programId: clinic.programId, type: 'PROCESS', topic: 'Process group', facilitatorIds: [clinic.staff.facilitator], modality: 'IN_PERSON', ...input },
      }),
    ).createGroupSchedule.schedule;

  beforeAll(async () => {
    worker = await startTestWorker();
  });
  afterAll(() => worker.close());

  it('should generate a weekday group at 09:00 program time across both daylight-saving changes, once however often generation runs', async () => {
    const schedule = await create({ weekdays: [1, 2, 3, 4, 5], startTime: '09:00', durationMinutes: 180, startsOn: '2027-03-01', endsOn: '2027-11-30' });
    // Spring: 14 March 2027; autumn: 7 November 2027.
    const [spring, again, both] = [
      await generate(at('2027-03-10T06:00')),
      await generate(at('2027-03-10T06:00')),
      await Promise.all([generate(at('2027-11-01T06:00')), generate(at('2027-11-01T06:00'))]),
    ];
    expect(again).toBe(0);
    const sessions = await sessionsOf(schedule.id);
    // 10 March to 7 April and 1 to 29 November: weekdays only, each date once.
    expect(spring).toBe(21);
    expect(both[0] + both[1]).toBe(21);
    expect(sessions).toHaveLength(42);
    expect(new Set(sessions.map((session) => session.occursOn!.toISOString())).size).toBe(42);
    const localStarts = sessions.map((session) => DateTime.fromJSDate(session.startsAt).setZone(ZONE).toFormat('HH:mm'));
    expect(new Set(localStarts)).toEqual(new Set(['09:00']));
    const startOf = (iso: string) => sessions.find((session) => session.occursOn!.toISOString().startsWith(iso))!.startsAt.toISOString();
    expect([startOf('2027-03-12'), startOf('2027-03-15'), startOf('2027-11-05'), startOf('2027-11-08')]).toEqual([
      '2027-03-12T14:00:00.000Z',
      '2027-03-15T13:00:00.000Z',
      '2027-11-05T13:00:00.000Z',
      '2027-11-08T14:00:00.000Z',
    ]);
    expect(sessions.every((session) => session.endsAt.getTime() - session.startsAt.getTime() === 3 * 3_600_000)).toBe(true);
    expect(await generate(at('2027-11-01T12:00'))).toBe(0);
  });

  it('should move one occurrence and cancel another, generated or not, and never generate them again', async () => {
    const schedule = await create({ type: 'SKILLS', topic: 'Skills group', weekdays: [2, 4], startTime: '13:00', durationMinutes: 60, startsOn: '2027-05-01' });
    await generate(at('2027-05-03T06:00'));
    const moved = ok(
      await api.gql(clinic.staff.facilitator, CHANGE, {
        input: { scheduleId: schedule.id, occursOn: '2027-05-06', change: 'MOVED', movedStartsAt: at('2027-05-07T10:00').toISOString(), reason: 'Room in use' },
      }),
    ).changeGroupOccurrence;
    expect(moved.groupSession.startsAt).toBe(at('2027-05-07T10:00').toISOString());
    // A holiday beyond the horizon: never generated.
    ok(await api.gql(clinic.staff.admin, CHANGE, { input: { scheduleId: schedule.id, occursOn: '2027-06-03', change: 'CANCELLED', reason: 'Program closed' } }));
    const refused = await api.gql(clinic.staff.facilitator, CHANGE, { input: { scheduleId: schedule.id, occursOn: '2027-05-05', change: 'CANCELLED', reason: 'Not a meeting day' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occursOn' });
    await generate(at('2027-05-20T06:00'));
    await generate(at('2027-05-20T06:00'));
    const sessions = await sessionsOf(schedule.id);
    const dates = sessions.map((session) => session.occursOn!.toISOString().slice(0, 10));
    expect(dates.filter((date) => date === '2027-05-06')).toHaveLength(1);
    expect(dates).not.toContain('2027-06-03');
    expect(dates).toContain('2027-06-01');
    expect(sessions.find((session) => session.occursOn!.toISOString().startsWith('2027-05-06'))!.startsAt).toEqual(at('2027-05-07T10:00'));
  });

  it("should list the roster on each session and the patient's plan, show the facilitator's week, and count missed groups only where the patient was enrolled", async () => {
    const other = await addPatient(api, clinic.programId, clinic.staff);
    const schedule = await create({
      type: 'RELAPSE_PREVENTION',
      topic: 'Relapse prevention',
      weekdays: [1, 3],
      startTime: '18:00',
      durationMinutes: 60,
      startsOn: '2027-01-04',
      facilitatorIds: [clinic.staff.facilitator, clinic.staff.cotherapist],
    });
    await generate(at('2027-01-04T06:00'));
    const enrolled = ok(await api.gql(clinic.staff.therapist, ENROLL, { input: { planId: clinic.planId, scheduleId: schedule.id, fromDate: '2027-01-11' } })).enrollInGroup;
    expect(enrolled.plan.groupEnrollments).toContainEqual({ scheduleId: schedule.id, fromDate: '2027-01-11' });
    const overlapping = await api.gql(clinic.staff.therapist, ENROLL, { input: { planId: clinic.planId, scheduleId: schedule.id, fromDate: '2027-01-20' } });
    expect(overlapping.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromDate' });
    expect(await api.prisma.planRevision.count({ where: { planId: clinic.planId, entityType: 'GroupEnrollment' } })).toBe(1);

    const week = ok(await api.gql(clinic.staff.cotherapist, `query { myGroupWeek(weekOf: "2027-01-13") { occursOn topic roster { patientId } coFacilitators { id } } }`)).myGroupWeek;
    expect(week.map((session: { occursOn: string }) => session.occursOn)).toEqual(['2027-01-11', '2027-01-13']);
    expect(week[0].roster).toEqual([{ patientId: clinic.patientId }]);
    const first = await api.prisma.groupSession.findFirstOrThrow({ where: { scheduleId: schedule.id, occursOn: day('2027-01-04') } });
    const before = ok(await api.gql(clinic.staff.facilitator, `query($id: ID!) { node(id: $id) { ... on GroupSession { roster { patientId } } } }`, { id: first.id })).node;
    expect(before.roster).toEqual([]);

    // Two groups of the program the patient was not enrolled in, nothing recorded: not missed.
    const sweep = (now: Date) => worker.get(ReminderSweeps).runSweep(SweepKind.MissedGroups, now);
    const told = () => api.prisma.notification.count({ where: { kind: 'MISSED_GROUPS', patientId: clinic.patientId } });
    await sweep(at('2027-01-06T19:30'));
    expect(await told()).toBe(0);
    // The 11th and 13th on the roster, nothing recorded: missed. The other patient, never enrolled, is not told of.
    await sweep(at('2027-01-13T19:30'));
    expect(await told()).toBeGreaterThan(0);
    expect(await api.prisma.notification.count({ where: { kind: 'MISSED_GROUPS', patientId: other.patientId } })).toBe(0);
  });

  it('should refuse bad schedules with the field named, and keep the meeting link for a virtual group only', async () => {
    const bad = async (input: Record<string, unknown>) =>
      (
        await api.gql(clinic.staff.facilitator, CREATE, {
          input: {
            programId: clinic.programId,
            type: 'PROCESS',
            topic: 'x',
            facilitatorIds: [clinic.staff.facilitator],
            modality: 'IN_PERSON',
            weekdays: [1],
            startTime: '09:00',
            durationMinutes: 60,
            startsOn: '2027-01-04',
            ...input,
          },
        })
      ).errors?.[0].extensions;
    expect(await bad({ startTime: '25:00' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await bad({ weekdays: [0] })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await bad({ weekdays: [1, 1] })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await bad({ endsOn: '2030-01-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    expect(await bad({ meetingLink: 'https://meet.example/room' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingLink' });
    expect(await bad({ facilitatorIds: [clinic.staff.facilitator, '00000000-0000-4000-8000-000000000000'] })).toMatchObject({ code: expect.stringMatching(/BAD_USER_INPUT|NOT_FOUND/) });
    const virtual = await create({ modality: 'VIRTUAL', meetingLink: 'https://meet.example/room-42', weekdays: [5], startTime: '12:00', durationMinutes: 60, startsOn: '2027-02-05' });
    expect(virtual.meetingLink).toBe('https://meet.example/room-42');
    expect(await api.prisma.groupSchedule.count({ where: { programId: clinic.programId } })).toBe(4);
  });
});
