import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PatientVisibility } from '@oneplan/access';
import { CurrentActor } from '@oneplan/auth';
import { NotFoundError } from '@oneplan/errors';
import { type Actor, Connection, type GraphQLContext } from '@oneplan/graphql';
import { CareTeamLoaders } from './care-team.loaders.js';
import { CareTeamService } from './care-team.service.js';
import { CreatePatientInput, OpenEpisodeInput, PatientsArgs } from './dto/patient.input.js';
import { CreatePatientPayload, OpenEpisodePayload } from './models/care-team-payloads.js';
import { Patient } from './models/patient.model.js';

// Connection types are created as the module loads, before Nest builds the schema.
const PatientConnection = Connection(Patient);

@Resolver(() => Patient)
export class PatientResolver {
  constructor(
    private readonly loaders: CareTeamLoaders,
    private readonly service: CareTeamService,
    private readonly visibility: PatientVisibility,
  ) {}

  @Query(() => Patient, { nullable: true, description: 'A patient by id; null (with NOT_FOUND) for one that does not exist or that you may not see.' })
  async patient(@Args('id', { type: () => ID, description: 'Patient id.' }) id: string, @Context() ctx: GraphQLContext) {
    const patient = await this.loaders.patient(ctx.loaders).load(id);
    if (!patient) throw new NotFoundError('Patient', 'id');
    return patient;
  }

  @Query(() => PatientConnection, { description: "A program's patients you may see, by name or record number, a page at a time." })
  async patients(@CurrentActor() actor: Actor, @Args() args: PatientsArgs, @Context() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const page = await this.service.patients(actor, args);
    this.visibility.recordRead(
      ctx,
      info,
      page.nodes.map((patient) => patient.id),
    );
    return page;
  }

  @Mutation(() => CreatePatientPayload, { description: 'Registers a patient in a program.' })
  async createPatient(@Args('input', { description: 'The new patient.' }) input: CreatePatientInput, @Context() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const patient = await this.service.createPatient(input);
    this.visibility.recordWrite(ctx, info, [patient.id]);
    return { patient };
  }

  @Mutation(() => OpenEpisodePayload, { description: 'Opens an episode of care; a patient has at most one open episode.' })
  async openEpisode(@Args('input', { description: 'Patient and admission date.' }) input: OpenEpisodeInput, @Context() ctx: GraphQLContext) {
    const episode = await this.service.openEpisode(input);
    return { episode, patient: () => this.loaders.patient(ctx.loaders).load(episode.patientId) };
  }
}
