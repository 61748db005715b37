import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError } from '@oneplan/errors';
import { Connection, ConnectionArgs, type GraphQLContext, listCost, nestedConnection } from '@oneplan/graphql';
import { CareTeamLoaders } from './care-team.loaders.js';
import { CareTeamRepository } from './care-team.repository.js';
import { PatientEpisodesArgs } from './dto/patient.input.js';
import { CareTeamService } from './care-team.service.js';
import { AddCareTeamMemberInput, EndCareTeamMembershipInput, RemoveFromCareTeamInput } from './dto/care-team.input.js';
import { AddCareTeamMemberPayload, EndCareTeamMembershipPayload, RemoveFromCareTeamPayload } from './models/care-team-payloads.js';
import { CareTeamMember, Episode } from './models/episode.model.js';
import { Patient } from './models/patient.model.js';
import { StaffMember } from './models/staff-member.model.js';
import type { CareTeamMemberRow } from '@oneplan/prisma';

/** People who are or were on one care team (the list is costed as this many). */
const CARE_TEAM_SIZE = 12;

// Connection types are created as the module loads, before Nest builds the schema.
const EpisodeConnection = Connection(Episode);

@Resolver(() => Episode)
export class EpisodeResolver {
  constructor(
    private readonly loaders: CareTeamLoaders,
    private readonly repository: CareTeamRepository,
  ) {}

  @Query(() => Episode, { nullable: true, description: 'An episode of care by id, with its care team; null (with NOT_FOUND) for one you may not see.' })
  async episode(@Args('id', { type: () => ID, description: 'Episode id.' }) id: string, @Context() ctx: GraphQLContext) {
    const episode = await this.loaders.episode(ctx.loaders).load(id);
    if (!episode) throw new NotFoundError('Episode', 'id');
    return episode;
  }

  @Query(() => EpisodeConnection, { description: "A patient's episodes of care (admissions), the latest first, whether or not a plan exists yet." })
  episodes(@Args() args: PatientEpisodesArgs, @Context() ctx: GraphQLContext) {
    return nestedConnection(ctx.loaders, this.repository.episodesOfPatients, args.patientId, args);
  }

  @ResolveField(() => Patient, { description: 'The patient in care.' })
  patient(episode: Episode, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.patient(ctx.loaders).load(episode.patientId);
  }

  @ResolveField(() => [CareTeamMember], { complexity: listCost(CARE_TEAM_SIZE), description: 'Everyone who is or was on the care team, with their dates.' })
  careTeam(episode: Episode, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.careTeam(ctx.loaders).load(episode.id);
  }
}

@Resolver(() => Patient)
export class PatientEpisodesResolver {
  constructor(private readonly repository: CareTeamRepository) {}

  @ResolveField(() => EpisodeConnection, { description: "The patient's episodes of care, the latest first." })
  episodes(@Parent() patient: Patient, @Args() args: ConnectionArgs, @Context() ctx: GraphQLContext) {
    return nestedConnection(ctx.loaders, this.repository.episodesOfPatients, patient.id, args);
  }
}

@Resolver(() => CareTeamMember)
export class CareTeamMemberResolver {
  constructor(
    private readonly loaders: CareTeamLoaders,
    private readonly service: CareTeamService,
  ) {}

  @ResolveField(() => StaffMember, { description: 'The staff member.' })
  staff(member: CareTeamMember, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.staff(ctx.loaders).load(member.staffId);
  }

  @Mutation(() => AddCareTeamMemberPayload, { description: "Adds a staff member to an episode's care team." })
  async addCareTeamMember(@Args('input', { description: 'Episode, staff member, role and dates.' }) input: AddCareTeamMemberInput, @Context() ctx: GraphQLContext) {
    return this.withEpisode(ctx, await this.service.addCareTeamMember(input));
  }

  @Mutation(() => EndCareTeamMembershipPayload, { description: "Ends a staff member's place on a care team." })
  async endCareTeamMembership(@Args('input', { description: 'Membership and last day.' }) input: EndCareTeamMembershipInput, @Context() ctx: GraphQLContext) {
    return this.withEpisode(ctx, await this.service.endCareTeamMembership(input));
  }

  @Mutation(() => RemoveFromCareTeamPayload, { description: 'Takes a staff member off a care team now; their access to the patient ends at once.' })
  async removeFromCareTeam(@Args('input', { description: 'The membership.' }) input: RemoveFromCareTeamInput, @Context() ctx: GraphQLContext) {
    return this.withEpisode(ctx, await this.service.removeFromCareTeam(input));
  }

  private withEpisode(ctx: GraphQLContext, careTeamMember: CareTeamMemberRow) {
    return { careTeamMember, episode: () => this.loaders.episode(ctx.loaders).load(careTeamMember.episodeId) };
  }
}
