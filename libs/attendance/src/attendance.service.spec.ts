import type { TaskRepository } from '@oneplan/plan';
import type { GroupAttendanceRow } from '@oneplan/prisma';
import { ACTOR, fake, fakeUnitOfWork } from '../../../test/support/unit.js';
import type { AttendanceRepository } from './attendance.repository.js';
import { AttendanceService } from './attendance.service.js';

const GROUP = { id: 'group', programId: ACTOR.programId, startsAt: new Date(Date.now() - 3_600_000), cancelledAt: null };
const saved = (fields: Partial<GroupAttendanceRow>) =>
  ({ id: 'row', groupSessionId: 'group', patientId: 'p1', status: 'PRESENT', minutesAttended: null, note: null, supportIds: [], ...fields }) as GroupAttendanceRow;

describe('AttendanceService (unit)', () => {
  const setup = (existing: GroupAttendanceRow[]) => {
    const { work, changes } = fakeUnitOfWork();
    const upserts: unknown[] = [];
    const closing: string[][] = [];
    const attendance = fake<AttendanceRepository>({
      groupWithOpenPlans: async () => ({ group: GROUP, plans: new Map([['p1', 'plan1']]) }),
      existingAttendance: async () => existing,
      upsertAttendance: async (_tx: unknown, data: object) => {
        upserts.push(data);
        return saved(data);
      },
    });
    const tasks = fake<TaskRepository>({
      closeReminderTasks: async (_tx: unknown, planIds: string[]) => {
        closing.push(planIds);
        return planIds.map((planId) => ({ id: 'task', planId, from: 'OPEN' }));
      },
    });
    return { service: new AttendanceService(attendance, tasks, work), changes, upserts, closing };
  };
  const record = (service: AttendanceService, entry: object) => service.recordGroupAttendance(ACTOR, { groupSessionId: 'group', entries: [{ patientId: 'p1', status: 'PRESENT', ...entry }] } as never);

  it('should refuse to overwrite an attendance note, writing nothing', async () => {
    const { service, upserts } = setup([saved({ note: 'Shared a coping skill' })]);
    await expect(record(service, { note: 'Something else' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'entries.0.note' } });
    expect(upserts).toEqual([]);
  });

  it('should write nothing and no revision when the same attendance is recorded again', async () => {
    const { service, upserts, changes } = setup([saved({ status: 'PRESENT' })]);
    await record(service, {});
    expect(upserts).toEqual([]);
    expect(changes[0].revisions?.filter((revision) => revision.entityType === 'GroupAttendance')).toEqual([]);
  });

  it("should record a first attendance with its revision and close the patient's missed-group tasks", async () => {
    const { service, changes, closing } = setup([]);
    await record(service, { note: 'Engaged' });
    expect(changes[0].revisions).toEqual([
      expect.objectContaining({ planId: 'plan1', entityType: 'GroupAttendance', action: 'RECORDED' }),
      expect.objectContaining({ planId: 'plan1', entityType: 'Task', action: 'UPDATED', changes: [{ field: 'status', from: '"OPEN"', to: '"DONE"' }] }),
    ]);
    expect(closing).toEqual([['plan1']]);
  });

  it('should not close missed-group tasks for an absence', async () => {
    const { service, closing } = setup([]);
    await record(service, { status: 'ABSENT' });
    expect(closing).toEqual([[]]);
  });
});
