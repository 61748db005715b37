import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@oneplan/graphql';
import { IndividualSessionRepository } from './individual-session.repository.js';

@Injectable()
export class IndividualSessionLoaders {
  constructor(private readonly sessions: IndividualSessionRepository) {}

  goalLinks(loaders: RequestLoaders) {
    return loaders.many(
      'sessionGoal.bySession',
      (ids) => this.sessions.goalLinksBySessionIds(ids),
      (row) => row.sessionId,
    );
  }
}
