import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { CareTeamRepository } from '@oneplan/care-team';
import { assertInOrder, BadUserInputError, NotFoundError } from '@oneplan/errors';
import { type Actor, type ConnectionOf, pageWindow, toConnection } from '@oneplan/graphql';
import type { GroupSessionRow } from '@oneplan/prisma';
import type { GroupSessionsArgs, ScheduleGroupSessionInput } from './dto/group-session.input.js';
import { GROUP_SESSIONS_ORDER, GroupsRepository } from './groups.repository.js';

/** Group sessions scheduled one at a time, a program's sessions, and a facilitator's week. */
@Injectable()
export class GroupSessionService {
  constructor(
    private readonly careTeams: CareTeamRepository,
    private readonly groups: GroupsRepository,
  ) {}

  async scheduleGroupSession(actor: Actor, input: ScheduleGroupSessionInput): Promise<GroupSessionRow> {
    assertInOrder(input.startsAt, input.endsAt, 'endsAt', true);
    const [[program], [facilitator]] = await Promise.all([this.careTeams.programsByIds([input.programId]), this.careTeams.staffByIds([input.facilitatorId])]);
    if (!program) throw new NotFoundError('Program', 'programId');
    if (!facilitator || !facilitator.active || facilitator.programId !== program.id) {
      throw new BadUserInputError('facilitatorId', 'facilitatorId must name an active staff member of the program');
    }
    return this.groups.createGroupSession({ ...input, createdById: actor.staffId });
  }

  async groupSessions(args: GroupSessionsArgs): Promise<ConnectionOf<GroupSessionRow>> {
    assertInOrder(args.from, args.to, 'to', true);
    const window = pageWindow(args);
    const rows = await this.groups.groupSessionsPage(args.programId, args.from, args.to, window);
    return toConnection(rows, window, GROUP_SESSIONS_ORDER.valuesOf, () => this.groups.countGroupSessions(args.programId, args.from, args.to));
  }

  /** The groups the actor leads or co-facilitates in one week (Monday to Sunday in their program's time zone). */
  async myWeek(actor: Actor, weekOf: Date | undefined): Promise<GroupSessionRow[]> {
    const [program] = actor.programId ? await this.careTeams.programsByIds([actor.programId]) : [];
    const zone = program?.timeZone ?? 'UTC';
    const day = weekOf ? DateTime.fromObject({ year: weekOf.getUTCFullYear(), month: weekOf.getUTCMonth() + 1, day: weekOf.getUTCDate() }, { zone }) : DateTime.now().setZone(zone);
    const monday = day.startOf('week');
    return this.groups.facilitatorSessions(actor.staffId, monday.toJSDate(), monday.plus({ weeks: 1 }).toJSDate());
  }
}
