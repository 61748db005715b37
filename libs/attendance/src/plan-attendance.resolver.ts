import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CareTeamLoaders } from '@oneplan/care-team';
import { BadUserInputError } from '@oneplan/errors';
import { type GraphQLContext, listCost } from '@oneplan/graphql';
import { PLAN_LISTS, TreatmentPlan } from '@oneplan/plan';
import { IndividualSessionLoaders } from '@oneplan/sessions';
import { AttendanceLoaders } from './attendance.loaders.js';
import { weeklyCareHours } from './care-hours.js';
import { GroupAttendance, WeeklyCareHours } from './models/group-session.model.js';

const MAX_WEEKS = 52;

@Resolver(() => TreatmentPlan)
export class PlanAttendanceResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly loaders: AttendanceLoaders,
    private readonly sessions: IndividualSessionLoaders,
  ) {}

  @ResolveField(() => [GroupAttendance], { complexity: listCost(PLAN_LISTS.attendance), description: "The patient's group attendance during this episode of care, earliest first." })
  async attendance(@Parent() plan: TreatmentPlan, @Context() ctx: GraphQLContext) {
    const episode = (await this.careTeam.episode(ctx.loaders).load(plan.episodeId))!;
    const rows = await this.loaders.byPatient(ctx.loaders).load(episode.patientId);
    return rows.filter((row) => row.groupSession.startsAt >= episode.startDate && (!episode.endDate || row.groupSession.startsAt <= episode.endDate));
  }

  @ResolveField(() => [WeeklyCareHours], { complexity: ({ args, childComplexity }) => 1 + Number(args.weeks ?? 8) * childComplexity, description: 'Hours of care delivered per week (groups attended and completed sessions) against the band the level of care requires, oldest week first, ending with this week.' })
  async weeklyCareHours(
    @Parent() plan: TreatmentPlan,
    @Context() ctx: GraphQLContext,
    @Args('weeks', { type: () => Int, defaultValue: 8, description: `How many weeks (1-${MAX_WEEKS}).` }) weeks: number,
  ) {
    if (weeks < 1 || weeks > MAX_WEEKS) throw new BadUserInputError('weeks', `weeks must be between 1 and ${MAX_WEEKS}`);
    const episode = (await this.careTeam.episode(ctx.loaders).load(plan.episodeId))!;
    const [program, attendance, sessions] = await Promise.all([
      this.careTeam.program(ctx.loaders).load(episode.programId),
      this.attendance(plan, ctx),
      this.sessions.byPlan(ctx.loaders).load(plan.id),
    ]);
    return weeklyCareHours({ attendance, sessions, levelOfCare: plan.levelOfCare, timeZone: program!.timeZone, weeks });
  }
}
