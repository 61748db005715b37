import { ResolveField, Resolver, Root } from '@nestjs/graphql';
import type { LevelOfCareChangeRow } from '@oneplan/prisma';
import { listCost } from '@oneplan/graphql';
import { REQUIRED_WEEKLY_HOURS } from './level-of-care.js';
import { AsamRating } from './models/asam.model.js';
import { LevelOfCareChange } from './models/plan-history.model.js';

/** What a change of level of care stores as JSON or implies: its re-assessment, and the hours its new level requires. */
@Resolver(() => LevelOfCareChange)
export class LevelOfCareChangeResolver {
  @ResolveField(() => [AsamRating], { complexity: listCost(6), description: 'The re-assessment that justified it: six ASAM ratings, or none.' })
  ratings(@Root() change: LevelOfCareChangeRow): AsamRating[] {
    return (change.ratings as unknown as AsamRating[] | null) ?? [];
  }

  @ResolveField(() => String, { nullable: true, description: 'Weekly hours of care the new level requires, e.g. "9-19" or "20+"; null for a referral out.' })
  weeklyHours(@Root() change: LevelOfCareChangeRow): string | null {
    if (!change.toLevel) return null;
    const { min, max } = REQUIRED_WEEKLY_HOURS[change.toLevel];
    return max === null ? `${min}+` : `${min}-${max}`;
  }
}
