import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLContext, listCost } from '@oneplan/graphql';
import { CareTeamLoaders } from './care-team.loaders.js';
import { CareTeamService } from './care-team.service.js';
import { AddCareTeamMemberInput, EndCareTeamMembershipInput, RemoveFromCareTeamInput } from './dto/care-team.input.js';
import { CareTeamMember, Episode } from './models/episode.model.js';
import { Patient } from './models/patient.model.js';
import { StaffMember } from './models/staff-member.model.js';

/** People who are or were on one care team (the list is costed as this many). */
const CARE_TEAM_SIZE = 12;

@Resolver(() => Episode)
export class EpisodeResolver {
  constructor(private readonly loaders: CareTeamLoaders) {}

  @ResolveField(() => Patient, { description: 'The patient in care.' })
  patient(@Parent() episode: Episode, @Context() ctx: GraphQLContext) {
    return this.loaders.patient(ctx.loaders).load(episode.patientId);
  }

  @ResolveField(() => [CareTeamMember], { complexity: listCost(CARE_TEAM_SIZE), description: 'Everyone who is or was on the care team, with their dates.' })
  careTeam(@Parent() episode: Episode, @Context() ctx: GraphQLContext) {
    return this.loaders.careTeam(ctx.loaders).load(episode.id);
  }
}

@Resolver(() => CareTeamMember)
export class CareTeamMemberResolver {
  constructor(
    private readonly loaders: CareTeamLoaders,
    private readonly service: CareTeamService,
  ) {}

  @ResolveField(() => StaffMember, { description: 'The staff member.' })
  staff(@Parent() member: CareTeamMember, @Context() ctx: GraphQLContext) {
    return this.loaders.staff(ctx.loaders).load(member.staffId);
  }

  @Mutation(() => CareTeamMember, { description: "Adds a staff member to an episode's care team." })
  addCareTeamMember(@Args('input', { description: 'Episode, staff member, role and dates.' }) input: AddCareTeamMemberInput) {
    return this.service.addCareTeamMember(input);
  }

  @Mutation(() => CareTeamMember, { description: "Ends a staff member's place on a care team." })
  endCareTeamMembership(@Args('input', { description: 'Membership and last day.' }) input: EndCareTeamMembershipInput) {
    return this.service.endCareTeamMembership(input);
  }

  @Mutation(() => CareTeamMember, { description: 'Takes a staff member off a care team now; their access to the patient ends at once.' })
  removeFromCareTeam(@Args('input', { description: 'The membership.' }) input: RemoveFromCareTeamInput) {
    return this.service.removeFromCareTeam(input);
  }
}
