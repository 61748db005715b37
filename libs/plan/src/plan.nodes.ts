import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { PlanContentRepository } from './plan-content.repository.js';
import { PlanRevisionRepository } from './plan-revision.repository.js';
import { PlanRepository } from './plan.repository.js';

/** Plans, their problems, trigger dates, safety plans, phase and level-of-care changes and revisions by id (node). */
@Injectable()
export class PlanNodes implements OnModuleInit {
  constructor(
    private readonly content: PlanContentRepository,
    private readonly nodes: NodeRegistry,
    private readonly plans: PlanRepository,
    private readonly revisions: PlanRevisionRepository,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('TreatmentPlan', (ids) => this.plans.plansByIds(ids));
    this.nodes.registerByIds('Problem', (ids) => this.content.problemsByIds(ids));
    this.nodes.registerByIds('TriggerDate', (ids) => this.content.triggerDatesByIds(ids));
    this.nodes.registerByIds('SafetyPlan', (ids) => this.content.safetyPlansByIds(ids));
    this.nodes.registerByIds('PhaseChange', (ids) => this.plans.phaseChangesByIds(ids));
    this.nodes.registerByIds('LevelOfCareChange', (ids) => this.plans.levelOfCareChangesByIds(ids));
    this.nodes.registerByIds('PlanRevision', (ids) => this.revisions.revisionsByIds(ids));
  }
}
