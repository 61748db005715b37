import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import { AuditTrail } from '@oneplan/audit';
import { type DomainError, ForbiddenError, NotFoundError } from '@oneplan/errors';
import type { GraphQLContext } from '@oneplan/graphql';
import { NodeRegistry } from '@oneplan/graphql';
import { decideForNode } from './access-policy.js';
import { AccessRepository, type NodeTarget } from './access.repository.js';

/** For each id: the record's target if the actor may read it, else the error to give in its place. */
export type NodeDecisions = Map<string, NodeTarget | DomainError>;

/**
 * Reads of records by id, whatever their type (node, nodes, a revision's entity, a notification's
 * subject): each decided by its type's rule in NODE_RULES and audited, allowed or refused.
 */
@Injectable()
export class NodeAccess {
  constructor(
    private readonly access: AccessRepository,
    private readonly audit: AuditTrail,
    private readonly nodes: NodeRegistry,
  ) {}

  /** Decides and audits the reads of these ids under an operation (`operation`, e.g. node or PlanRevision.entity). */
  async decide(ctx: GraphQLContext, operation: string, ids: string[]): Promise<NodeDecisions> {
    const actor = ctx.req.actor!;
    const targets = new Map((await this.access.nodeTargets([...new Set(ids)], actor.staffId)).map((target) => [target.id, target]));
    const decisions: NodeDecisions = new Map();
    ids.forEach((id, index) => {
      const target = targets.get(id);
      const decision = decideForNode(target, actor);
      const entry = { patientId: target?.patientId ?? null, operation, access: 'READ' as const, recordTypes: target ? [target.type] : [] };
      if (decision.allowed) {
        this.audit.record(ctx.req, { ...entry, outcome: 'ALLOWED', breakGlass: decision.breakGlass });
        decisions.set(id, target!);
      } else {
        this.audit.record(ctx.req, { ...entry, outcome: 'REFUSED', reason: decision.reason });
        decisions.set(id, decision.notFound ? new NotFoundError('Node', ids.length > 1 ? `ids.${index}` : 'id') : new ForbiddenError(`Not allowed: ${decision.reason}`));
      }
    });
    return decisions;
  }

  /** The records the decisions allow, loaded through their types' batch loaders, in order; the refusals as errors. */
  async load(ctx: GraphQLContext, ids: string[], decisions: NodeDecisions): Promise<Array<object | DomainError>> {
    const allowed = ids.flatMap((id) => {
      const decision = decisions.get(id);
      return decision && !(decision instanceof Error) ? [{ type: decision.type, id }] : [];
    });
    const loaded = new Map((await this.nodes.load(ctx.loaders, allowed)).map((row, index) => [allowed[index].id, row]));
    return ids.map((id) => {
      const decision = decisions.get(id);
      if (!decision || decision instanceof Error) return decision ?? new NotFoundError('Node', 'id');
      return loaded.get(id) ?? new NotFoundError('Node', 'id');
    });
  }

  /**
   * A record a field reaches by id (a revision's entity, a notification's subject): the record if the
   * actor may read it, else null, audited under the field. The ids of one request are decided and loaded
   * together, whatever the number of parents.
   */
  reachable(ctx: GraphQLContext, info: GraphQLResolveInfo, id: string): Promise<object | null> {
    const operation = `${info.parentType.name}.${info.fieldName}`;
    const loader = ctx.loaders.get<string, object | null>(`node.reachable.${operation}`, async (ids) => {
      const decisions = await this.decide(ctx, operation, [...ids]);
      return (await this.load(ctx, [...ids], decisions)).map((row) => (row instanceof Error ? null : row));
    });
    return loader.load(id);
  }
}
