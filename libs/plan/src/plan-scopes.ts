import { Injectable } from '@nestjs/common';
import { NotFoundError, RuleViolationError } from '@oneplan/errors';
import type { Tx } from '@oneplan/prisma';
import { PlanRepository, type PlanScope } from './plan.repository.js';

/**
 * The one place a write under a plan learns the plan's episode, patient, program and state. Later
 * permission checks hook in here, so every area asks the same question the same way.
 */
@Injectable()
export class PlanScopes {
  constructor(private readonly plans: PlanRepository) {}

  async require(planId: string, tx?: Tx, field = 'planId'): Promise<PlanScope> {
    const scope = await this.plans.scopeOf(planId, tx);
    if (!scope) throw new NotFoundError('TreatmentPlan', field);
    return scope;
  }

  /** As `require`, and refuses changes to a closed plan. */
  async requireOpen(planId: string, tx?: Tx, field = 'planId'): Promise<PlanScope> {
    const scope = await this.require(planId, tx, field);
    if (scope.status === 'CLOSED') throw new RuleViolationError('The treatment plan is closed; open a new episode to plan further care', field);
    return scope;
  }
}
