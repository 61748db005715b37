import { Args, Context, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PatientVisibility } from '@oneplan/access';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { type Actor, type GraphQLContext, listCost, Paginated } from '@oneplan/graphql';
import type { GroupAttendanceRow } from '@oneplan/prisma';
import { AttendanceLoaders } from './attendance.loaders.js';
import type { AttendanceWithGroup } from './attendance.repository.js';
import { AttendanceService } from './attendance.service.js';
import { GroupSessionsArgs, MAX_ATTENDANCE_ENTRIES, PatientAttendanceArgs, RecordGroupAttendanceInput, ScheduleGroupSessionInput } from './dto/attendance.input.js';
import { GroupAttendance, GroupSession } from './models/group-session.model.js';

export const GroupSessionPage = Paginated(GroupSession, 'A page of group sessions, earliest first.');
export const GroupAttendancePage = Paginated(GroupAttendance, "A page of a patient's attendance, earliest group first.");

/** Patients a group realistically seats (its attendance list is costed as this many). */
const GROUP_SIZE = 20;

@Resolver(() => GroupSession)
export class GroupSessionResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly loaders: AttendanceLoaders,
    private readonly service: AttendanceService,
    private readonly visibility: PatientVisibility,
  ) {}

  @Query(() => GroupSessionPage, { description: "A program's group sessions in a date range." })
  groupSessions(@Args() args: GroupSessionsArgs) {
    return this.service.groupSessions(args);
  }

  @Query(() => GroupAttendancePage, { description: "A patient's group attendance in a date range." })
  patientAttendance(@Args() args: PatientAttendanceArgs) {
    return this.service.patientAttendance(args);
  }

  @Mutation(() => GroupSession, { description: 'Schedules a group session.' })
  scheduleGroupSession(@CurrentActor() actor: Actor, @Args('input', { description: 'The group.' }) input: ScheduleGroupSessionInput) {
    return this.service.scheduleGroupSession(actor, input);
  }

  @Mutation(() => [GroupAttendance], { complexity: listCost(MAX_ATTENDANCE_ENTRIES), description: "Records a whole group's attendance in one step: all entries are saved or none." })
  recordGroupAttendance(@CurrentActor() actor: Actor, @Args('input', { description: 'The group and one entry per patient.' }) input: RecordGroupAttendanceInput) {
    return this.service.recordGroupAttendance(actor, input);
  }

  @ResolveField(() => StaffMember, { description: 'The facilitator.' })
  facilitator(@Parent() group: GroupSession, @Context() ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(group.facilitatorId);
  }

  @ResolveField(() => [GroupAttendance], { complexity: listCost(GROUP_SIZE), description: 'Attendance recorded for this group, for the patients you may see.' })
  async attendance(@Parent() group: GroupSession, @Context() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return this.visibility.filter(ctx, info, await this.loaders.byGroup(ctx.loaders).load(group.id), (row) => row.patientId);
  }
}

@Resolver(() => GroupAttendance)
export class GroupAttendanceResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly loaders: AttendanceLoaders,
  ) {}

  @ResolveField(() => GroupSession, { description: 'The group session.' })
  groupSession(@Parent() row: GroupAttendanceRow & Partial<Pick<AttendanceWithGroup, 'groupSession'>>, @Context() ctx: GraphQLContext) {
    return row.groupSession ?? this.loaders.groupSession(ctx.loaders).load(row.groupSessionId);
  }

  @ResolveField(() => StaffMember, { description: 'Who recorded it.' })
  recordedBy(@Parent() row: GroupAttendance, @Context() ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(row.recordedById);
  }
}
