import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@oneplan/audit';
import { NotFoundError, RuleViolationError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { Outbox, type OutboxEntry } from '@oneplan/outbox';
import { insertTogether, onCommit, type Prisma, TransactionRunner, type Tx } from '@oneplan/prisma';
import { LiveTopic, LiveUpdates } from '@oneplan/queue';
import { PlanRevisionRepository, type RevisionEntry } from './plan-revision.repository.js';
import type { FieldChangeValue } from './versioned-edit.js';
import { PlanRepository, type PlanScope } from './plan.repository.js';
import type { ClosedReminderTask } from './task.repository.js';

/** A revision as a rule writes it: the author is the change's; the plan is the change's unless named. */
export type RevisionDraft = Omit<RevisionEntry, 'authorId' | 'authorRule' | 'planId'> & { planId?: string };

/** Who makes a change: the signed-in staff member, or a reminder rule the worker runs. */
type Author = { actor: Actor } | { rule: string };

/** The revision of a newly created (or recorded) item: every given field, from nothing. */
export function created(entityType: string, entityId: string, fields: Record<string, unknown>, action: 'CREATED' | 'RECORDED' = 'CREATED'): RevisionDraft {
  const changes = Object.entries(fields)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([field, value]) => ({ field, from: null, to: JSON.stringify(value) }));
  return { entityType, entityId, action, changes };
}

/** The revision of an edit, or none when nothing changed. */
export function updated(entityType: string, entityId: string, changes: FieldChangeValue[], reason?: string | null): RevisionDraft[] {
  return changes.length ? [{ entityType, entityId, action: 'UPDATED', changes, reason }] : [];
}

/** The revisions of reminder tasks a change closed (the act they asked for is done). */
export function closedTasks(tasks: ClosedReminderTask[]): RevisionDraft[] {
  return tasks.map((task) => ({ planId: task.planId, entityType: 'Task', entityId: task.id, action: 'UPDATED', changes: [{ field: 'status', from: JSON.stringify(task.from), to: '"DONE"' }] }));
}

/** What a rule hands back: its result, and the history and events the change leaves. */
export interface PlanChange<T> {
  value: T;
  revisions?: RevisionDraft[];
  /** Reminders the change causes (the actor is added: nobody is told of their own act). */
  events?: Array<Omit<OutboxEntry, 'actorId'>>;
}

/**
 * What a rule that adds a row hands back instead of a value: the row's INSERT (RETURNING it), run in the
 * statement of the change's records, one round trip fewer; `alongside`, INSERTs that go with it (a
 * medication change's goal links). The change's value is the inserted row.
 */
export interface PlanInsert extends Omit<PlanChange<never>, 'value'> {
  insert: Prisma.Sql;
  alongside?: Prisma.Sql[];
}

/** What a rule works with: the transaction, and the plans it changes, locked. */
export interface PlanWork {
  tx: Tx;
  /** The first (or only) plan. */
  scope: PlanScope;
  scopes: PlanScope[];
}

/**
 * Which plans a change is under: their ids, or how to find them from what the change names (read in the
 * transaction, before the lock; an item that does not exist is refused there).
 */
export type PlanTarget = string | string[] | ((tx: Tx) => Promise<string | string[]>);

export interface ChangeOptions {
  /** The change may be made to a closed plan (an amendment of a note: the record stays correctable). */
  closedPlans?: boolean;
}

/**
 * The one way a plan changes, API and worker alike: one transaction that locks the plans (so what the
 * rule reads cannot change under it, and two changes of one plan run one after the other), refuses closed
 * plans, runs the service's rule, and writes the revisions, outbox events and audit event with the change.
 * Clinicians watching the plan are told once it has committed. Services keep only their rule.
 */
@Injectable()
export class PlanUnitOfWork {
  constructor(
    private readonly audit: AuditTrail,
    private readonly live: LiveUpdates,
    private readonly outbox: Outbox,
    private readonly plans: PlanRepository,
    private readonly revisions: PlanRevisionRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  change<T>(actor: Actor, target: PlanTarget, rule: (work: PlanWork) => Promise<PlanChange<T>>, options: ChangeOptions = {}): Promise<T> {
    return this.apply({ actor }, target, rule, options);
  }

  /** A change whose value is the row it adds (see PlanInsert). */
  insert<T>(actor: Actor, target: PlanTarget, rule: (work: PlanWork) => Promise<PlanInsert>): Promise<T> {
    return this.apply<T>({ actor }, target, rule, {});
  }

  /**
   * A change the worker makes by a reminder rule (opening the tasks a reminder asks for): the rule is its
   * author in the plan's history and in the audit trail.
   */
  changeByRule<T>(ruleName: string, target: PlanTarget, rule: (work: PlanWork) => Promise<PlanChange<T>>, options: ChangeOptions = {}): Promise<T> {
    return this.apply({ rule: ruleName }, target, rule, options);
  }

  private apply<T>(author: Author, target: PlanTarget, rule: (work: PlanWork) => Promise<PlanChange<T> | PlanInsert>, options: ChangeOptions): Promise<T> {
    return this.transactions.run(async (tx) => {
      const named = typeof target === 'function' ? await target(tx) : target;
      const planIds = [...new Set(Array.isArray(named) ? named : [named])];
      const scopes = await this.plans.lockScopes(tx, planIds);
      if (scopes.length !== planIds.length) throw new NotFoundError('TreatmentPlan', 'planId');
      if (!options.closedPlans && scopes.some((scope) => scope.status === 'CLOSED')) {
        throw new RuleViolationError('The treatment plan is closed; open a new episode to plan further care', 'planId');
      }
      const ordered = planIds.map((id) => scopes.find((scope) => scope.planId === id)!);
      const change = await rule({ tx, scope: ordered[0], scopes: ordered });
      const inserts = 'insert' in change ? [change.insert, ...(change.alongside ?? [])] : [];
      const [inserted] = await this.record(tx, author, ordered, change.revisions ?? [], change.events ?? [], inserts);
      return 'insert' in change ? (inserted as T) : change.value;
    });
  }

  /**
   * Writes the change's own rows (`inserts`, the first answering its rows), revisions, outbox events and
   * audit events in one statement (see insertTogether).
   */
  private async record(tx: Tx, author: Author, scopes: PlanScope[], drafts: RevisionDraft[], events: Array<Omit<OutboxEntry, 'actorId'>>, inserts: Prisma.Sql[]): Promise<unknown[]> {
    const by = 'actor' in author ? { authorId: author.actor.staffId, authorRule: null } : { authorId: null, authorRule: author.rule };
    const entries = drafts.map((draft) => ({ id: randomUUID(), ...draft, planId: draft.planId ?? scopes[0].planId, ...by }));
    const audited =
      'actor' in author
        ? this.audit.changeInsert(
            tx,
            author.actor,
            scopes.map((scope) => scope.patientId),
          )
        : this.audit.ruleChangeInsert(
            author.rule,
            // A rule that changed nothing (its tasks were open already) leaves no trace.
            scopes.filter((scope) => entries.some((entry) => entry.planId === scope.planId)).map((scope) => scope.patientId),
            [...new Set(drafts.map((draft) => draft.entityType))],
          );
    const [returning, ...alongside] = inserts;
    const written = await insertTogether(tx, returning, [...alongside, this.revisions.insertOf(entries), this.outbox.insertOf(events.map((event) => ({ ...event, actorId: by.authorId }))), audited]);
    for (const planId of new Set(entries.map((entry) => entry.planId))) {
      const revisionIds = entries.filter((entry) => entry.planId === planId).map((entry) => entry.id);
      onCommit(tx, () => this.live.publish(LiveTopic.PlanChanged, { planId, revisionIds }));
    }
    return written;
  }
}
