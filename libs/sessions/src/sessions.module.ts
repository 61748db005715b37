import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { GoalsModule } from '@oneplan/goals';
import { NotesModule } from '@oneplan/notes';
import { PlanModule } from '@oneplan/plan';
import { IndividualSessionLoaders } from './individual-session.loaders.js';
import { IndividualSessionRepository } from './individual-session.repository.js';
import { IndividualSessionResolver, PlanSessionsResolver } from './individual-session.resolver.js';
import { IndividualSessionService } from './individual-session.service.js';

@Module({
  imports: [CareTeamModule, GoalsModule, NotesModule, PlanModule],
  providers: [IndividualSessionLoaders, IndividualSessionRepository, IndividualSessionResolver, IndividualSessionService, PlanSessionsResolver],
  exports: [IndividualSessionLoaders],
})
export class SessionsModule {}
