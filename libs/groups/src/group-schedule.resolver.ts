import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PatientVisibility } from '@oneplan/access';
import { CurrentActor } from '@oneplan/auth';
import { CareTeamLoaders, todayIn, StaffMember } from '@oneplan/care-team';
import { type Actor, type GraphQLContext, listCost, Payload } from '@oneplan/graphql';
import { GroupsRepository } from './groups.repository.js';
import type { GroupScheduleRow } from '@oneplan/prisma';
import { ChangeGroupOccurrenceInput, CreateGroupScheduleInput, EndGroupScheduleInput, GroupSchedulesArgs } from './dto/group-schedule.input.js';
import { GroupLoaders } from './groups.loaders.js';
import { GroupScheduleService } from './group-schedule.service.js';
import { GroupEnrollment, GroupSchedule, GroupScheduleException } from './models/group-schedule.model.js';
import { GroupSession } from './models/group-session.model.js';
import { ROSTER_SIZE } from './roster.js';

/** Recurring groups a program runs, at most (the list is costed as this many). */
const PROGRAM_SCHEDULES = 50;
/** Exceptions a schedule gathers in its two years, at most realistically. */
const SCHEDULE_EXCEPTIONS = 30;

const GroupSchedulePayload = Payload('GroupSchedulePayload', 'The recurring group after the change.', { schedule: { type: () => GroupSchedule, description: 'The recurring group.' } });
const ChangeGroupOccurrencePayload = Payload('ChangeGroupOccurrencePayload', 'The exception recorded, and the session it changed when one was generated already.', {
  exception: { type: () => GroupScheduleException, description: 'The exception.' },
  groupSession: { type: () => GroupSession, nullable: true, description: 'The session cancelled or moved; empty when not generated yet.' },
});

@Resolver(() => GroupSchedule)
export class GroupScheduleResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly groups: GroupsRepository,
    private readonly loaders: GroupLoaders,
    private readonly service: GroupScheduleService,
    private readonly visibility: PatientVisibility,
  ) {}

  @Query(() => [GroupSchedule], { complexity: listCost(PROGRAM_SCHEDULES), description: "A program's recurring groups, by kind and start time." })
  groupSchedules(@Args() args: GroupSchedulesArgs) {
    return this.groups.programSchedules(args.programId);
  }

  @Mutation(() => GroupSchedulePayload, { description: 'Sets up a recurring group; its sessions for the next four weeks exist at once, and the worker keeps them ahead.' })
  async createGroupSchedule(@CurrentActor() actor: Actor, @Args('input', { description: 'The recurring group.' }) input: CreateGroupScheduleInput) {
    return { schedule: await this.service.createSchedule(actor, input) };
  }

  @Mutation(() => ChangeGroupOccurrencePayload, { description: 'Cancels one occurrence of a recurring group (a holiday) or moves it.' })
  async changeGroupOccurrence(@CurrentActor() actor: Actor, @Args('input', { description: 'The occurrence and the change.' }) input: ChangeGroupOccurrenceInput) {
    const { exception, session } = await this.service.changeOccurrence(actor, input);
    return { exception, groupSession: session };
  }

  @Mutation(() => GroupSchedulePayload, { description: 'Ends a recurring group after a date: later sessions are cancelled.' })
  async endGroupSchedule(@CurrentActor() actor: Actor, @Args('input', { description: 'The recurring group and its last date.' }) input: EndGroupScheduleInput) {
    return { schedule: await this.service.endSchedule(actor, input) };
  }

  @ResolveField(() => [StaffMember], { complexity: listCost(4), description: 'Its facilitators, the lead first.' })
  async facilitators(schedule: GroupScheduleRow, _args: unknown, ctx: GraphQLContext) {
    return (await this.careTeam.staff(ctx.loaders).loadMany(schedule.facilitatorIds)).filter((row) => row && !(row instanceof Error));
  }

  @ResolveField(() => [GroupScheduleException], { complexity: listCost(SCHEDULE_EXCEPTIONS), description: 'Occurrences cancelled or moved, by date.' })
  exceptions(schedule: GroupScheduleRow, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.exceptions(ctx.loaders).load(schedule.id);
  }

  @ResolveField(() => [GroupEnrollment], {
    complexity: listCost(ROSTER_SIZE),
    description: "Its roster: enrollments not ended before today (in the program's time zone), for the patients you may see.",
  })
  async roster(schedule: GroupScheduleRow, _args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo) {
    const program = await this.careTeam.program(ctx.loaders).load(schedule.programId);
    const today = todayIn(program!.timeZone);
    const current = (await this.loaders.enrollmentsOfSchedule(ctx.loaders).load(schedule.id)).filter((row) => !row.untilDate || row.untilDate >= today);
    return this.visibility.filter(ctx, info, current, (row) => row.patientId);
  }
}
