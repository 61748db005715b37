import { Module } from '@nestjs/common';
import { CareTeamLoaders } from './care-team.loaders.js';
import { CareTeamRepository } from './care-team.repository.js';
import { CareTeamService } from './care-team.service.js';
import { CareTeamMemberResolver, EpisodeResolver, PatientEpisodesResolver } from './episode.resolver.js';
import { OrganizationResolver } from './organization.resolver.js';
import { PatientResolver } from './patient.resolver.js';
import { ProgramResolver } from './program.resolver.js';
import { StaffResolver } from './staff.resolver.js';
import { CareTeamNodes } from './care-team.nodes.js';

@Module({
  providers: [
    CareTeamNodes,
    CareTeamLoaders,
    CareTeamMemberResolver,
    CareTeamRepository,
    CareTeamService,
    EpisodeResolver,
    OrganizationResolver,
    PatientEpisodesResolver,
    PatientResolver,
    ProgramResolver,
    StaffResolver,
  ],
  exports: [CareTeamLoaders, CareTeamRepository],
})
export class CareTeamModule {}
