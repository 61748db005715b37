import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { TaskRepository } from '@oneplan/plan';

/** Tasks by id (node). */
@Injectable()
export class TaskNodes implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly tasks: TaskRepository,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('Task', (ids) => this.tasks.tasksByIds(ids));
  }
}
