import { LevelOfCareChangeResolver } from './level-of-care-change.resolver.js';
import { ImportedItemResolver } from './imported-item.resolver.js';
import { ImportedItemService } from './imported-item.service.js';
import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { PlanChangesModule } from './plan-changes.module.js';
import { Problem } from './models/plan-content.model.js';
import { PlanChangeResolver } from './plan-change.resolver.js';
import { PlanItemResolver } from './plan-item.resolver.js';
import { PlanContentRepository } from './plan-content.repository.js';
import { PlanContentResolver, ProblemResolver, SafetyPlanResolver } from './plan-content.resolver.js';
import { PlanContentService } from './plan-content.service.js';
import { PlanRevisionResolver } from './plan-revision.resolver.js';
import { PlanScopes } from './plan-scopes.js';
import { PlanLoaders } from './plan.loaders.js';
import { PatientPlanResolver, PlanResolver } from './plan.resolver.js';
import { PlanService } from './plan.service.js';
import { PlanNodes } from './plan.nodes.js';

@Module({
  imports: [CareTeamModule, PlanChangesModule],
  providers: [
    ImportedItemResolver,
    LevelOfCareChangeResolver,
    ImportedItemService,
    PatientPlanResolver,
    PlanContentRepository,
    PlanContentResolver,
    PlanChangeResolver,
    PlanItemResolver(Problem),
    PlanContentService,
    PlanLoaders,
    PlanNodes,
    PlanResolver,
    PlanRevisionResolver,
    PlanScopes,
    PlanService,
    ProblemResolver,
    SafetyPlanResolver,
  ],
  exports: [PlanChangesModule, PlanContentRepository, PlanLoaders, PlanScopes, PlanService],
})
export class PlanModule {}
