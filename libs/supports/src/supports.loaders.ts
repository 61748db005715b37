import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@oneplan/graphql';
import { SupportsRepository } from './supports.repository.js';

@Injectable()
export class SupportLoaders {
  constructor(private readonly supports: SupportsRepository) {}

  support(loaders: RequestLoaders) {
    return loaders.one(
      'support.byId',
      (ids) => this.supports.supportsByIds(ids),
      (row) => row.id,
    );
  }

  ofPatient(loaders: RequestLoaders) {
    return loaders.many(
      'support.byPatient',
      (ids) => this.supports.supportsOfPatients(ids),
      (row) => row.patientId,
    );
  }

  updates(loaders: RequestLoaders) {
    return loaders.many(
      'supportUpdate.bySupport',
      (ids) => this.supports.updatesOfSupports(ids),
      (row) => row.supportId,
    );
  }
}
