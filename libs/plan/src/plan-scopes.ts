import { Injectable } from '@nestjs/common';
import { BadUserInputError, NotFoundError } from '@oneplan/errors';
import type { CareTeamRole, Tx } from '@oneplan/prisma';
import { todayIn } from '@oneplan/care-team';
import { type PlanItemKind, PlanRepository, type PlanScope } from './plan.repository.js';

/** Checks a change makes of the ids it names: care-team members and items of the same plan. */
@Injectable()
export class PlanScopes {
  constructor(private readonly plans: PlanRepository) {}

  /**
   * Refuses a staff member who is not on the plan's care team today (in one of `roles`, when given):
   * owners, therapists and the like must belong to the same episode as the plan.
   */
  async requireOnTeam(scope: PlanScope, staffId: string, field: string, roles?: CareTeamRole[], tx?: Tx): Promise<void> {
    const held = await this.plans.rolesOnTeam(scope.episodeId, staffId, todayIn(scope.timeZone), tx);
    const fits = roles ? held.some((role) => roles.includes(role)) : held.length > 0;
    if (!fits) {
      const wanted = roles ? ` as ${roles.join(' or ')}` : '';
      throw new BadUserInputError(field, `${field} must name a member of this patient's care team${wanted}`);
    }
  }

  /** Refuses ids that are not items of this plan (another patient's goal, say) with NOT_FOUND on `field`. */
  async requireItems(tx: Tx, planId: string, kind: PlanItemKind, ids: string[] | undefined | null, field: string): Promise<void> {
    const unique = [...new Set(ids ?? [])];
    if (unique.length === 0) return;
    if ((await this.plans.countOfPlan(tx, kind, planId, unique)) !== unique.length) throw new NotFoundError(kind, field);
  }
}
