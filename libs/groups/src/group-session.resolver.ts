import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PatientVisibility } from '@oneplan/access';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, StaffMember } from '@oneplan/care-team';
import { type Actor, Connection, type GraphQLContext, listCost, Payload } from '@oneplan/graphql';
import type { GroupSessionRow } from '@oneplan/prisma';
import { GroupSessionsArgs, ScheduleGroupSessionInput } from './dto/group-session.input.js';
import { MyGroupWeekArgs } from './dto/group-schedule.input.js';
import { GroupLoaders } from './groups.loaders.js';
import { GroupSessionService } from './group-session.service.js';
import { GroupEnrollment, GroupSchedule } from './models/group-schedule.model.js';
import { GroupSession } from './models/group-session.model.js';
import { onRosterOn, ROSTER_SIZE } from './roster.js';

// Connection types are created as the module loads, before Nest builds the schema.
const GroupSessionConnection = Connection(GroupSession);

/** Group sessions one facilitator leads in a week, at most. */
const WEEK_SESSIONS = 40;

const ScheduleGroupSessionPayload = Payload('ScheduleGroupSessionPayload', 'The group session scheduled.', { groupSession: { type: () => GroupSession, description: 'The group session.' } });

@Resolver(() => GroupSession)
export class GroupSessionResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly loaders: GroupLoaders,
    private readonly service: GroupSessionService,
    private readonly visibility: PatientVisibility,
  ) {}

  @Query(() => GroupSessionConnection, { description: "A program's group sessions starting in a date range, earliest first (cancelled ones included, marked)." })
  groupSessions(@Args() args: GroupSessionsArgs) {
    return this.service.groupSessions(args);
  }

  @Query(() => [GroupSession], { complexity: listCost(WEEK_SESSIONS), description: 'The groups you lead or co-facilitate in one week, earliest first (cancelled ones left out).' })
  myGroupWeek(@CurrentActor() actor: Actor, @Args() args: MyGroupWeekArgs) {
    return this.service.myWeek(actor, args.weekOf);
  }

  @Mutation(() => ScheduleGroupSessionPayload, { description: 'Schedules a single group session (recurring groups: createGroupSchedule).' })
  async scheduleGroupSession(@CurrentActor() actor: Actor, @Args('input', { description: 'The group.' }) input: ScheduleGroupSessionInput) {
    return { groupSession: await this.service.scheduleGroupSession(actor, input) };
  }

  @ResolveField(() => StaffMember, { description: 'The facilitator who leads it.' })
  facilitator(group: GroupSessionRow, _args: unknown, ctx: GraphQLContext) {
    return this.careTeam.staff(ctx.loaders).load(group.facilitatorId);
  }

  @ResolveField(() => [StaffMember], { complexity: listCost(4), description: 'Facilitators beside the lead.' })
  async coFacilitators(group: GroupSessionRow, _args: unknown, ctx: GraphQLContext) {
    return (await this.careTeam.staff(ctx.loaders).loadMany(group.coFacilitatorIds)).filter((row) => row && !(row instanceof Error));
  }

  @ResolveField(() => GroupSchedule, { nullable: true, description: 'The recurring group that generated it.' })
  schedule(group: GroupSessionRow, _args: unknown, ctx: GraphQLContext) {
    return group.scheduleId ? this.loaders.schedule(ctx.loaders).load(group.scheduleId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: "The meeting link of a virtual recurring group's session." })
  async meetingLink(group: GroupSessionRow, _args: unknown, ctx: GraphQLContext) {
    return group.scheduleId ? ((await this.loaders.schedule(ctx.loaders).load(group.scheduleId))?.meetingLink ?? null) : null;
  }

  @ResolveField(() => [GroupEnrollment], { complexity: listCost(ROSTER_SIZE), description: 'The patients on the roster on its date (those you may see): who is expected.' })
  async roster(group: GroupSessionRow, _args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo) {
    if (!group.scheduleId || !group.occursOn) return [];
    const enrolled = onRosterOn(await this.loaders.enrollmentsOfSchedule(ctx.loaders).load(group.scheduleId), group.occursOn);
    return this.visibility.filter(ctx, info, enrolled, (row) => row.patientId);
  }
}
