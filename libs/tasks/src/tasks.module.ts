import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { PlanItemResolver, PlanModule } from '@oneplan/plan';
import { TaskLoaders } from './task.loaders.js';
import { PlanTasksResolver, TaskResolver } from './task.resolver.js';
import { TaskService } from './task.service.js';
import { TaskNodes } from './task.nodes.js';
import { Task } from './models/task.model.js';

@Module({
  imports: [CareTeamModule, PlanModule],
  providers: [PlanItemResolver(Task), TaskNodes, PlanTasksResolver, TaskLoaders, TaskResolver, TaskService],
  exports: [TaskLoaders],
})
export class TasksModule {}
