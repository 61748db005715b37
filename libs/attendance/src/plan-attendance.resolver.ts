import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CareTeamLoaders } from '@oneplan/care-team';
import { BadUserInputError } from '@oneplan/errors';
import { Connection, ConnectionArgs, type GraphQLContext, nestedConnection } from '@oneplan/graphql';
import { TreatmentPlan } from '@oneplan/plan';
import { AttendanceLoaders } from './attendance.loaders.js';
import { AttendanceRepository } from './attendance.repository.js';
import { weeklyCareHours } from './care-hours.js';
import { GroupAttendance, WeeklyCareHours } from './models/group-attendance.model.js';

const MAX_WEEKS = 52;

// Connection types are created as the module loads, before Nest builds the schema.
const GroupAttendanceConnection = Connection(GroupAttendance);

@Resolver(() => TreatmentPlan)
export class PlanAttendanceResolver {
  constructor(
    private readonly careTeam: CareTeamLoaders,
    private readonly loaders: AttendanceLoaders,
    private readonly repository: AttendanceRepository,
  ) {}

  @ResolveField(() => GroupAttendanceConnection, { description: "The patient's group attendance during this episode of care, earliest group first (last: N for the latest)." })
  attendance(@Parent() plan: TreatmentPlan, @Args() args: ConnectionArgs, @Context() ctx: GraphQLContext) {
    return nestedConnection(ctx.loaders, this.repository.attendanceOfPlans, plan.id, args);
  }

  @ResolveField(() => [WeeklyCareHours], {
    complexity: ({ args, childComplexity }) => 1 + Number(args.weeks ?? 8) * childComplexity,
    description: 'Hours of care delivered per week (groups attended and completed sessions) against the band the level of care requires, oldest week first, ending with this week.',
  })
  async weeklyCareHours(
    @Parent() plan: TreatmentPlan,
    @Context() ctx: GraphQLContext,
    @Args('weeks', { type: () => Int, defaultValue: 8, description: `How many weeks (1-${MAX_WEEKS}).` }) weeks: number,
  ) {
    if (weeks < 1 || weeks > MAX_WEEKS) throw new BadUserInputError('weeks', `weeks must be between 1 and ${MAX_WEEKS}`);
    const episode = (await this.careTeam.episode(ctx.loaders).load(plan.episodeId))!;
    const [program, delivered] = await Promise.all([this.careTeam.program(ctx.loaders).load(episode.programId), this.loaders.careDelivered(ctx.loaders, weeks).load(plan.id)]);
    return weeklyCareHours({ delivered, levelOfCare: plan.levelOfCare, timeZone: program!.timeZone, weeks });
  }
}
