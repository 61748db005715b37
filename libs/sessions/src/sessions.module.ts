import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { GoalsModule } from '@oneplan/goals';
import { NotesModule } from '@oneplan/notes';
import { PlanItemResolver, PlanModule } from '@oneplan/plan';
import { AgendaRepository } from './agenda.repository.js';
import { AgendaResolver } from './agenda.resolver.js';
import { IndividualSessionLoaders } from './individual-session.loaders.js';
import { IndividualSessionRepository } from './individual-session.repository.js';
import { IndividualSessionResolver, PlanSessionsResolver } from './individual-session.resolver.js';
import { IndividualSessionService } from './individual-session.service.js';
import { IndividualSessionNodes } from './individual-session.nodes.js';
import { IndividualSession } from './models/individual-session.model.js';

@Module({
  imports: [CareTeamModule, GoalsModule, NotesModule, PlanModule],
  providers: [
    PlanItemResolver(IndividualSession),
    AgendaRepository,
    AgendaResolver,
    IndividualSessionNodes,
    IndividualSessionLoaders,
    IndividualSessionRepository,
    IndividualSessionResolver,
    IndividualSessionService,
    PlanSessionsResolver,
  ],
  exports: [IndividualSessionLoaders],
})
export class SessionsModule {}
