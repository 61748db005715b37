import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PatientVisibility } from '@oneplan/access';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { type Actor, Connection, type GraphQLContext, listCost, Payload } from '@oneplan/graphql';
import { GroupLoaders, GroupSession } from '@oneplan/groups';
import { PlanLoaders, TreatmentPlan } from '@oneplan/plan';
import type { GroupAttendanceRow } from '@oneplan/prisma';
import { AttendanceLoaders } from './attendance.loaders.js';
import { AttendanceService } from './attendance.service.js';
import { MAX_ATTENDANCE_ENTRIES, PatientAttendanceArgs, RecordGroupAttendanceInput } from './dto/attendance.input.js';
import { GroupAttendance } from './models/group-attendance.model.js';

// Connection types are created as the module loads, before Nest builds the schema.
const GroupAttendanceConnection = Connection(GroupAttendance);

/** Patients a group realistically seats (its attendance list is costed as this many). */
const GROUP_SIZE = 20;

const RecordGroupAttendancePayload = Payload(
  'RecordGroupAttendancePayload',
  'The attendance recorded, the group, and the plans of the patients in it (their attendance and weekly hours of care after the change).',
  {
    attendance: { type: () => [GroupAttendance], complexity: listCost(MAX_ATTENDANCE_ENTRIES), description: 'One row per patient recorded.' },
    groupSession: { type: () => GroupSession, description: 'The group session.' },
    plans: { type: () => [TreatmentPlan], complexity: listCost(MAX_ATTENDANCE_ENTRIES), description: 'The open plans of the patients recorded.' },
  },
);

@Resolver(() => GroupSession)
export class GroupSessionAttendanceResolver {
  constructor(
    private readonly groups: GroupLoaders,
    private readonly loaders: AttendanceLoaders,
    private readonly plans: PlanLoaders,
    private readonly service: AttendanceService,
    private readonly visibility: PatientVisibility,
  ) {}

  @Query(() => GroupAttendanceConnection, { description: "A patient's group attendance at groups starting in a date range, earliest group first." })
  patientAttendance(@Args() args: PatientAttendanceArgs) {
    return this.service.patientAttendance(args);
  }

  @Mutation(() => RecordGroupAttendancePayload, { description: "Records a whole group's attendance in one step: all entries are saved or none." })
  async recordGroupAttendance(@CurrentActor() actor: Actor, @Args('input', { description: 'The group and one entry per patient.' }) input: RecordGroupAttendanceInput, @Context() ctx: GraphQLContext) {
    const { rows, planIds } = await this.service.recordGroupAttendance(actor, input);
    return {
      attendance: rows,
      groupSession: () => this.groups.groupSession(ctx.loaders).load(input.groupSessionId),
      plans: () => Promise.all(planIds.map((planId: string) => this.plans.plan(ctx.loaders).load(planId))),
    };
  }

  @ResolveField(() => [GroupAttendance], { complexity: listCost(GROUP_SIZE), description: 'Attendance recorded for this group, for the patients you may see.' })
  async attendance(group: GroupSession, _args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo) {
    return this.visibility.filter(ctx, info, await this.loaders.byGroup(ctx.loaders).load(group.id), (row) => row.patientId);
  }
}

@Resolver(() => GroupAttendance)
export class GroupAttendanceResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly groups: GroupLoaders,
  ) {}

  @ResolveField(() => GroupSession, { description: 'The group session.' })
  groupSession(row: GroupAttendanceRow, _args: unknown, ctx: GraphQLContext) {
    return this.groups.groupSession(ctx.loaders).load(row.groupSessionId);
  }

  @ResolveField(() => StaffMember, { description: 'Who recorded it.' })
  recordedBy(row: GroupAttendance, _args: unknown, ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(row.recordedById);
  }
}
