import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { GoalRepository } from './goal.repository.js';

/** Goals, objectives and interventions by id (node). */
@Injectable()
export class GoalNodes implements OnModuleInit {
  constructor(
    private readonly goals: GoalRepository,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('Goal', (ids) => this.goals.goalsByIds(ids));
    this.nodes.registerByIds('Objective', (ids) => this.goals.objectivesByIds(ids));
    this.nodes.registerByIds('Intervention', (ids) => this.goals.interventionsByIds(ids));
  }
}
