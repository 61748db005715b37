import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NotFoundError } from '@oneplan/errors';
import { type GraphQLContext, Paginated } from '@oneplan/graphql';
import { CareTeamLoaders } from './care-team.loaders.js';
import { CareTeamService } from './care-team.service.js';
import { CreatePatientInput, OpenEpisodeInput, PatientsArgs } from './dto/patient.input.js';
import { Episode } from './models/episode.model.js';
import { Patient } from './models/patient.model.js';

export const PatientPage = Paginated(Patient, 'A page of patients.');

@Resolver(() => Patient)
export class PatientResolver {
  constructor(
    private readonly loaders: CareTeamLoaders,
    private readonly service: CareTeamService,
  ) {}

  @Query(() => Patient, { description: 'A patient by id.' })
  async patient(@Args('id', { type: () => ID, description: 'Patient id.' }) id: string, @Context() ctx: GraphQLContext) {
    const patient = await this.loaders.patient(ctx.loaders).load(id);
    if (!patient) throw new NotFoundError('Patient', 'id');
    return patient;
  }

  @Query(() => PatientPage, { description: "A program's patients by last name, a page at a time." })
  patients(@Args() args: PatientsArgs) {
    return this.service.patients(args);
  }

  @Mutation(() => Patient, { description: 'Registers a patient in a program.' })
  createPatient(@Args('input', { description: 'The new patient.' }) input: CreatePatientInput) {
    return this.service.createPatient(input);
  }

  @Mutation(() => Episode, { description: 'Opens an episode of care; a patient has at most one open episode.' })
  openEpisode(@Args('input', { description: 'Patient and admission date.' }) input: OpenEpisodeInput) {
    return this.service.openEpisode(input);
  }
}
