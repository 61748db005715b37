import { Args, ArgsType, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { type Actor, Connection, ConnectionArgs, type ConnectionOf, pageWindow, toConnection } from '@oneplan/graphql';
import type { ProgramRow } from '@oneplan/prisma';
import { CareTeamRepository, PROGRAMS_ORDER } from './care-team.repository.js';
import { Organization, Program } from './models/program.model.js';

// Connection types are created as the module loads, before Nest builds the schema.
const ProgramConnection = Connection(Program);

@ArgsType()
export class ProgramsArgs extends ConnectionArgs {}

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly repository: CareTeamRepository) {}

  @Query(() => Organization, { description: 'The organization you work in.' })
  async organization(@CurrentActor() actor: Actor) {
    const [organization] = await this.repository.organizationsByIds([actor.organizationId]);
    return organization;
  }

  @Query(() => ProgramConnection, { description: 'The programs you work in, by name: every program of the organization for its administrators, else your own.' })
  async programs(@CurrentActor() actor: Actor, @Args() args: ProgramsArgs): Promise<ConnectionOf<ProgramRow>> {
    const [column, key] = actor.programId ? (['id', actor.programId] as const) : (['organizationId', actor.organizationId] as const);
    const window = pageWindow(args);
    const rows = await this.repository.programsPage(column, key, window);
    return toConnection(rows, window, PROGRAMS_ORDER.valuesOf, () => this.repository.countPrograms(column, key));
  }
}
