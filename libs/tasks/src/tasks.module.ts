import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { PlanItemResolver, PlanModule } from '@oneplan/plan';
import { PlanTasksResolver, TaskResolver } from './task.resolver.js';
import { TaskService } from './task.service.js';
import { TaskNodes } from './task.nodes.js';
import { Task } from './models/task.model.js';

@Module({
  imports: [CareTeamModule, PlanModule],
  providers: [PlanItemResolver(Task, true), TaskNodes, PlanTasksResolver, TaskResolver, TaskService],
})
export class TasksModule {}
