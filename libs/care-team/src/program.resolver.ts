import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { NotFoundError } from '@oneplan/errors';
import { type Actor, type GraphQLContext, listCost } from '@oneplan/graphql';
import { CareTeamLoaders } from './care-team.loaders.js';
import { CareTeamService } from './care-team.service.js';
import { CreateProgramInput, SetAgendaTimeInput, SetSelfReportLinksInput, SetMeasureScheduleInput, SetReviewCadenceInput } from './dto/program.input.js';
import { measureSchedule } from './measure-schedule.js';
import { LevelOfCare, OutcomeMeasureType } from './models/enums.js';
import { CreateProgramPayload, SetAgendaTimePayload, SetSelfReportLinksPayload, SetMeasureSchedulePayload, SetReviewCadencePayload } from './models/care-team-payloads.js';
import { MeasureScheduleEntry, Program, ReviewCadence } from './models/program.model.js';

const MEASURE_TYPES = Object.keys(OutcomeMeasureType).length;
const LEVELS_OF_CARE = Object.keys(LevelOfCare).length;

@Resolver(() => Program)
export class ProgramResolver {
  constructor(
    private readonly loaders: CareTeamLoaders,
    private readonly service: CareTeamService,
  ) {}

  @Query(() => Program, { nullable: true, description: 'A program by id; null (with NOT_FOUND) for one that is not yours.' })
  async program(@Args('id', { type: () => ID, description: 'Program id.' }) id: string, @Context() ctx: GraphQLContext) {
    const program = await this.loaders.program(ctx.loaders).load(id);
    if (!program) throw new NotFoundError('Program', 'id');
    return program;
  }

  @Mutation(() => CreateProgramPayload, { description: 'Creates a program in the organization you administer; then name its program admins with createStaffMember.' })
  async createProgram(@CurrentActor() actor: Actor, @Args('input', { description: 'The new program.' }) input: CreateProgramInput) {
    return { program: await this.service.createProgram(actor, input) };
  }

  @Mutation(() => SetReviewCadencePayload, { description: "Sets the review cadence of a program's plans at one level of care." })
  async setReviewCadence(@Args('input', { description: 'Program, level of care and days.' }) input: SetReviewCadenceInput, @Context() ctx: GraphQLContext) {
    return { reviewCadence: await this.service.setReviewCadence(input), program: () => this.loaders.program(ctx.loaders).load(input.programId) };
  }

  @Mutation(() => SetMeasureSchedulePayload, { description: 'Sets how often the program gives an outcome measure (0 turns it off).' })
  async setMeasureSchedule(@Args('input', { description: 'Program, measure and days.' }) input: SetMeasureScheduleInput, @Context() ctx: GraphQLContext) {
    return { measureScheduleEntry: await this.service.setMeasureSchedule(input), program: () => this.loaders.program(ctx.loaders).load(input.programId) };
  }

  @Mutation(() => SetAgendaTimePayload, { description: "Sets the local time of the program's daily agenda." })
  async setAgendaTime(@Args('input', { description: 'Program and time.' }) input: SetAgendaTimeInput) {
    return { program: await this.service.setAgendaTime(input) };
  }

  @Mutation(() => SetSelfReportLinksPayload, { description: 'Turns on or off sending patients a self-report link when a measure falls due.' })
  async setSelfReportLinks(@Args('input', { description: 'Program and setting.' }) input: SetSelfReportLinksInput) {
    return { program: await this.service.setSelfReportLinks(input) };
  }

  @ResolveField(() => [MeasureScheduleEntry], {
    complexity: listCost(MEASURE_TYPES),
    description: "Outcome measures due at the program's level of care and how often (defaults with the program's own settings over them).",
  })
  async measureSchedule(@Parent() program: Program, @Context() ctx: GraphQLContext) {
    return measureSchedule(program.levelOfCare, await this.loaders.measureSchedules(ctx.loaders).load(program.id));
  }

  @ResolveField(() => [ReviewCadence], {
    complexity: listCost(LEVELS_OF_CARE),
    description: 'Review cadences set for this program; unset levels use the defaults (PHP 14 days, IOP and virtual IOP 30).',
  })
  reviewCadences(@Parent() program: Program, @Context() ctx: GraphQLContext) {
    return this.loaders.reviewCadences(ctx.loaders).load(program.id);
  }
}
