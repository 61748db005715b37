import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@oneplan/graphql';
import type { StaffMemberRow } from '@oneplan/prisma';
import { CareTeamRepository } from './care-team.repository.js';

/** Batch loaders for people and episodes; other areas use them to resolve owners, authors and patients. */
@Injectable()
export class CareTeamLoaders {
  constructor(private readonly repository: CareTeamRepository) {}

  /**
   * Staff by id. Owners, authors, therapists and prescribers of one plan are asked for at different
   * depths of a query; the first batch loads the whole program's staff and later batches wait for it
   * and read from it, so a plan read costs one staff query.
   */
  staff(loaders: RequestLoaders) {
    const known = new Map<string, StaffMemberRow>();
    let previous: Promise<unknown> = Promise.resolve();
    return loaders.get<string, StaffMemberRow | null>('staff.byId', async (ids) => {
      const turn = previous.then(async () => {
        const missing = ids.filter((id) => !known.has(id));
        if (missing.length) for (const row of await this.repository.staffOfProgramsOf(missing)) known.set(row.id, row);
      });
      previous = turn.catch(() => undefined);
      await turn;
      return ids.map((id) => known.get(id) ?? null);
    });
  }

  patient(loaders: RequestLoaders) {
    return loaders.one(
      'patient.byId',
      (ids) => this.repository.patientsByIds(ids),
      (row) => row.id,
    );
  }

  program(loaders: RequestLoaders) {
    return loaders.one(
      'program.byId',
      (ids) => this.repository.programsByIds(ids),
      (row) => row.id,
    );
  }

  episode(loaders: RequestLoaders) {
    return loaders.one(
      'episode.byId',
      (ids) => this.repository.episodesByIds(ids),
      (row) => row.id,
    );
  }

  careTeam(loaders: RequestLoaders) {
    return loaders.many(
      'careTeam.byEpisode',
      (ids) => this.repository.careTeamsByEpisodeIds(ids),
      (row) => row.episodeId,
    );
  }

  measureSchedules(loaders: RequestLoaders) {
    return loaders.many(
      'measureSchedule.byProgram',
      (ids) => this.repository.measureSchedulesByProgramIds(ids),
      (row) => row.programId,
    );
  }

  reviewCadences(loaders: RequestLoaders) {
    return loaders.many(
      'reviewCadence.byProgram',
      (ids) => this.repository.reviewCadencesByProgramIds(ids),
      (row) => row.programId,
    );
  }
}
