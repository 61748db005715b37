import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@oneplan/graphql';
import { CareTeamRepository } from './care-team.repository.js';

/** Batch loaders for people and episodes; other areas use them to resolve owners, authors and patients. */
@Injectable()
export class CareTeamLoaders {
  constructor(private readonly repository: CareTeamRepository) {}

  staff(loaders: RequestLoaders) {
    return loaders.one('staff.byId', (ids) => this.repository.staffByIds(ids), (row) => row.id);
  }

  patient(loaders: RequestLoaders) {
    return loaders.one('patient.byId', (ids) => this.repository.patientsByIds(ids), (row) => row.id);
  }

  program(loaders: RequestLoaders) {
    return loaders.one('program.byId', (ids) => this.repository.programsByIds(ids), (row) => row.id);
  }

  episode(loaders: RequestLoaders) {
    return loaders.one('episode.byId', (ids) => this.repository.episodesByIds(ids), (row) => row.id);
  }

  careTeam(loaders: RequestLoaders) {
    return loaders.many('careTeam.byEpisode', (ids) => this.repository.careTeamsByEpisodeIds(ids), (row) => row.episodeId);
  }

  reviewCadences(loaders: RequestLoaders) {
    return loaders.many('reviewCadence.byProgram', (ids) => this.repository.reviewCadencesByProgramIds(ids), (row) => row.programId);
  }
}
