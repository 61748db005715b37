import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { NotesModule } from '@oneplan/notes';
import { PlanModule } from '@oneplan/plan';
import { TasksModule } from '@oneplan/tasks';
import { GoalLoaders } from './goal.loaders.js';
import { GoalRepository } from './goal.repository.js';
import { GoalResolver, PlanGoalsResolver } from './goal.resolver.js';
import { GoalService } from './goal.service.js';

@Module({
  imports: [CareTeamModule, NotesModule, PlanModule, TasksModule],
  providers: [GoalLoaders, GoalRepository, GoalResolver, GoalService, PlanGoalsResolver],
  exports: [GoalLoaders],
})
export class GoalsModule {}
