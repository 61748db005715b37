import { ObjectType } from '@nestjs/graphql';

/** What the live-updates topic carries for one committed change: ids only. */
export interface PlanChangeEvent {
  planId: string;
  revisionIds: string[];
}

@ObjectType({ description: "One committed change of a plan, with what a client's cache needs to stay right without refetching the plan." })
export class PlanChange {}
