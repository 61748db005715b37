import { Module } from '@nestjs/common';
import { AuditTrailModule } from '@oneplan/audit';
import { OutboxModule } from '@oneplan/outbox';
import { ImportedDrafts } from './imported-drafts.js';
import { ImportedItemRepository } from './imported-item.repository.js';
import { PlanRevisionRepository } from './plan-revision.repository.js';
import { PlanRepository } from './plan.repository.js';
import { TaskRepository } from './task.repository.js';
import { PlanUnitOfWork } from './unit-of-work.js';

/** The unit of work and the repositories it writes through: what API and worker share to change a plan. */
@Module({
  imports: [AuditTrailModule, OutboxModule],
  providers: [ImportedDrafts, ImportedItemRepository, PlanRepository, PlanRevisionRepository, PlanUnitOfWork, TaskRepository],
  exports: [ImportedDrafts, ImportedItemRepository, PlanRepository, PlanRevisionRepository, PlanUnitOfWork, TaskRepository],
})
export class PlanChangesModule {}
