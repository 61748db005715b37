import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import type { Actor, GraphQLContext } from '@oneplan/graphql';
import { CareTeamLoaders } from './care-team.loaders.js';
import { CareTeamService } from './care-team.service.js';
import { CreateStaffMemberInput, SetStaffActiveInput } from './dto/staff.input.js';
import { CreateStaffMemberPayload, SetStaffActivePayload } from './models/care-team-payloads.js';
import { StaffMember } from './models/staff-member.model.js';

@Resolver(() => StaffMember)
export class StaffResolver {
  constructor(
    private readonly loaders: CareTeamLoaders,
    private readonly service: CareTeamService,
  ) {}

  @Query(() => StaffMember, { description: 'The signed-in staff member.' })
  me(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    return this.loaders.staff(ctx.loaders).load(actor.staffId);
  }

  @Mutation(() => CreateStaffMemberPayload, { description: 'Adds a staff member to a program.' })
  async createStaffMember(@Args('input', { description: 'The new staff member.' }) input: CreateStaffMemberInput) {
    return { staffMember: await this.service.createStaffMember(input) };
  }

  @Mutation(() => SetStaffActivePayload, { description: 'Activates or deactivates a staff member.' })
  async setStaffActive(@Args('input', { description: 'Staff member and state.' }) input: SetStaffActiveInput) {
    return { staffMember: await this.service.setStaffActive(input) };
  }
}
