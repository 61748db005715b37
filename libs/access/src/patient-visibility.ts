import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import { AuditTrail } from '@oneplan/audit';
import type { GraphQLContext } from '@oneplan/graphql';
import { canSee, permittedOperations } from './access-policy.js';
import { AccessRepository, type Standing } from './access.repository.js';
import { recordTypesOf } from './record-types.js';

/**
 * For lists and nested fields that reach several patients (a group's attendance, a program's patients):
 * keeps only the patients the actor may see and audits a read of each one returned.
 */
@Injectable()
export class PatientVisibility {
  constructor(
    private readonly access: AccessRepository,
    private readonly audit: AuditTrail,
  ) {}

  /** Rows whose patient the actor may see, in order; each such patient's read is audited. */
  async filter<T>(ctx: GraphQLContext, info: GraphQLResolveInfo, rows: T[], patientOf: (row: T) => string): Promise<T[]> {
    const actor = ctx.req.actor!;
    const loader = ctx.loaders.one<Standing>(
      'access.standingOfPatient',
      (ids) => this.access.standings('patient', ids, actor.staffId),
      (row) => row.patientId,
    );
    const standings = await loader.loadMany([...new Set(rows.map(patientOf))]);
    const visible = new Set(standings.filter((standing): standing is Standing => !!standing && !(standing instanceof Error) && canSee(standing, actor)).map((standing) => standing.patientId));
    const kept = rows.filter((row) => visible.has(patientOf(row)));
    this.recordRead(ctx, info, kept.map(patientOf));
    return kept;
  }

  /**
   * Whether the actor of a long-lived subscription may still see the plan's patient, read afresh (not
   * from the connection's loaders): someone taken off the team, or deactivated, stops receiving at once.
   */
  async stillSeesPlan(ctx: GraphQLContext, planId: string): Promise<boolean> {
    const actor = ctx.req.actor!;
    const [[standing], active] = await Promise.all([this.access.standings('plan', [planId], actor.staffId), this.access.isActive(actor.staffId)]);
    return active && !!standing && canSee(standing, actor);
  }

  /** What the actor may do on each plan's patient today (see permittedOperations); the plans of one request in one statement. */
  async permittedOnPlan(ctx: GraphQLContext, planId: string): Promise<string[]> {
    const actor = ctx.req.actor!;
    const loader = ctx.loaders.one<Standing>(
      'access.standingOfPlan',
      (ids) => this.access.standings('plan', ids, actor.staffId),
      (row) => row.targetId,
    );
    const standing = await loader.load(planId);
    return standing ? permittedOperations(standing, actor) : [];
  }

  /** Audits a read of each patient a list returned (the access rule already allowed the list). */
  recordRead(ctx: GraphQLContext, info: GraphQLResolveInfo, patientIds: string[]): void {
    this.record(ctx, info, patientIds, 'READ');
  }

  /** Audits a write that created patients (their ids were not known when the access rule ran). */
  recordWrite(ctx: GraphQLContext, info: GraphQLResolveInfo, patientIds: string[]): void {
    this.record(ctx, info, patientIds, 'WRITE');
  }

  private record(ctx: GraphQLContext, info: GraphQLResolveInfo, patientIds: string[], access: 'READ' | 'WRITE'): void {
    const operation = ['Query', 'Mutation'].includes(info.parentType.name) ? info.fieldName : `${info.parentType.name}.${info.fieldName}`;
    this.audit.recordPatients(ctx.req, patientIds, { operation, access, recordTypes: recordTypesOf(info) });
  }
}
