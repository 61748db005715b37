import type { Actor } from '@oneplan/graphql';
import type { PlanChange, PlanInsert, PlanScope, PlanUnitOfWork, PlanWork } from '@oneplan/plan';
import type { Tx } from '@oneplan/prisma';

export const ACTOR: Actor = {
  staffId: '00000000-0000-4000-8000-000000000001',
  programId: '00000000-0000-4000-8000-0000000000aa',
  organizationId: '00000000-0000-4000-8000-0000000000cc',
  discipline: 'THERAPIST',
};
export const PLAN_ID = '00000000-0000-4000-8000-0000000000bb';

/** A stand-in transaction: unit tests never reach the database. */
export const TX = {} as Tx;

/**
 * The unit tier's unit of work: runs a service's rule on a fixed plan scope, without a database, and
 * keeps what each rule handed back (its revisions and events) for the test to read.
 */
export function fakeUnitOfWork(scope: Partial<PlanScope> = {}) {
  const changes: Array<(PlanChange<unknown> | PlanInsert) & { by: string; options?: object }> = [];
  const run = async (by: string, target: unknown, rule: (work: PlanWork) => Promise<PlanChange<unknown> | PlanInsert>, options?: object) => {
    const named = typeof target === 'function' ? await (target as (tx: Tx) => Promise<string | string[]>)(TX) : target;
    const ids = Array.isArray(named) ? named : [named as string];
    const scopes = ids.map(
      (planId) =>
        ({
          planId,
          episodeId: 'episode',
          patientId: 'patient',
          programId: ACTOR.programId,
          timeZone: 'America/New_York',
          status: 'ACTIVE',
          phase: 'STABILIZATION',
          levelOfCare: 'IOP',
          ...scope,
        }) as PlanScope,
    );
    const change = await rule({ tx: TX, scope: scopes[0], scopes });
    changes.push({ ...change, by, options });
    // No database runs an insert: the rule's INSERT stands in for the row.
    return 'insert' in change ? { inserted: change.insert } : change.value;
  };
  const work = {
    change: (actor: Actor, target: unknown, rule: never, options?: object) => run(actor.staffId, target, rule, options),
    changeByRule: (name: string, target: unknown, rule: never, options?: object) => run(name, target, rule, options),
    insert: (actor: Actor, target: unknown, rule: never) => run(actor.staffId, target, rule),
  };
  return { work: work as unknown as PlanUnitOfWork, changes };
}

/** A stand-in for a class: the listed methods, anything else throws if a test reaches it. */
export function fake<T>(methods: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(methods, {
    get: (target, name) => {
      if (name in target) return target[name as keyof typeof target];
      if (name === 'then') return undefined;
      throw new Error(`Unexpected call of ${String(name)}`);
    },
  }) as T;
}
