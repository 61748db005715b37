import { Module } from '@nestjs/common';
import { AuditModule } from '@oneplan/audit';
import { CareTeamModule } from '@oneplan/care-team';
import { OutboxModule } from '@oneplan/outbox';
import { Problem } from './models/plan-content.model.js';
import { PlanChangeResolver } from './plan-change.resolver.js';
import { PlanItemResolver } from './plan-item.resolver.js';
import { PlanContentRepository } from './plan-content.repository.js';
import { PlanContentResolver, ProblemResolver, SafetyPlanResolver } from './plan-content.resolver.js';
import { PlanContentService } from './plan-content.service.js';
import { PlanRevisionRepository } from './plan-revision.repository.js';
import { PlanRevisionResolver } from './plan-revision.resolver.js';
import { PlanScopes } from './plan-scopes.js';
import { PlanLoaders } from './plan.loaders.js';
import { PlanRepository } from './plan.repository.js';
import { PatientPlanResolver, PlanResolver } from './plan.resolver.js';
import { PlanService } from './plan.service.js';
import { PlanNodes } from './plan.nodes.js';
import { PlanUnitOfWork } from './unit-of-work.js';

@Module({
  imports: [AuditModule, CareTeamModule, OutboxModule],
  providers: [
    PatientPlanResolver,
    PlanContentRepository,
    PlanContentResolver,
    PlanChangeResolver,
    PlanItemResolver(Problem),
    PlanContentService,
    PlanLoaders,
    PlanNodes,
    PlanRepository,
    PlanResolver,
    PlanRevisionResolver,
    PlanRevisionRepository,
    PlanScopes,
    PlanService,
    PlanUnitOfWork,
    ProblemResolver,
    SafetyPlanResolver,
  ],
  exports: [PlanLoaders, PlanRevisionRepository, PlanScopes, PlanUnitOfWork],
})
export class PlanModule {}
