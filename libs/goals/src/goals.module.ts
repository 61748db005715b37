import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { NotesModule } from '@oneplan/notes';
import { PlanItemResolver, PlanModule } from '@oneplan/plan';
import { TasksModule } from '@oneplan/tasks';
import { GoalLoaders } from './goal.loaders.js';
import { GoalRepository } from './goal.repository.js';
import { GoalResolver, PlanGoalsResolver } from './goal.resolver.js';
import { GoalService } from './goal.service.js';
import { GoalNodes } from './goal.nodes.js';
import { Goal } from './models/goal.model.js';

@Module({
  imports: [CareTeamModule, NotesModule, PlanModule, TasksModule],
  providers: [PlanItemResolver(Goal), GoalNodes, GoalLoaders, GoalRepository, GoalResolver, GoalService, PlanGoalsResolver],
  exports: [GoalLoaders, GoalRepository],
})
export class GoalsModule {}
