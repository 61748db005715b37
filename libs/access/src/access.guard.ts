import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AuditTrail, type AuditEntry } from '@oneplan/audit';
import { Authenticator } from '@oneplan/auth';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@oneplan/errors';
import { type Actor, type GraphQLContext, type OnePlanRequest, validateArguments } from '@oneplan/graphql';
import { ACCESS_RULES, type NodeIdsRule, type PatientRule, type PatientTargetKind, type ProgramRule, type ProgramTargetKind, valuesAt } from './access-rules.js';
import { canSee, type Decision, decideForPatient, decideForProgram } from './access-policy.js';
import { AccessRepository, type Standing } from './access.repository.js';
import { NodeAccess } from './node-access.js';
import { MAX_NODE_IDS } from './node.resolver.js';
import { recordTypesOf } from './record-types.js';
import { idArguments, REFERENCE_KINDS, type ReferenceKind } from './references.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GraphQL type names of the records a rule can name, for NOT_FOUND messages. */
const ENTITY: Record<PatientTargetKind | ProgramTargetKind, string> = {
  patient: 'Patient',
  episode: 'Episode',
  plan: 'TreatmentPlan',
  problem: 'Problem',
  goal: 'Goal',
  objective: 'Objective',
  task: 'Task',
  individualSession: 'IndividualSession',
  clinicalNote: 'ClinicalNote',
  membership: 'CareTeamMember',
  consent: 'Consent',
  importedItem: 'ImportedItem',
  medicationChange: 'MedicationChange',
  program: 'Program',
  staff: 'StaffMember',
  groupSession: 'GroupSession',
  groupSchedule: 'GroupSchedule',
  groupEnrollment: 'GroupEnrollment',
  support: 'Support',
  intakeAssessment: 'IntakeAssessment',
  planTemplate: 'PlanTemplate',
};

type Event = Omit<AuditEntry, 'patientId' | 'outcome' | 'reason' | 'breakGlass'>;

/** The patient (if any) and program of the record an operation is about. */
interface Owner {
  patientId: string | null;
  /** Null for an organization admin's operation on no program (creating one). */
  programId: string | null;
}

/**
 * The one gate of the GraphQL API: applies the operation's access rule to the signed-in staff member
 * before any resolver runs. Every decision on a patient is audited; a patient the
 * actor may not see is NOT_FOUND, exactly as an id that never existed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly access: AccessRepository,
    private readonly audit: AuditTrail,
    private readonly authenticator: Authenticator,
    private readonly nodes: NodeAccess,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const ctx = gql.getContext<GraphQLContext>();
    const { req } = ctx;
    const rule = ACCESS_RULES[info.fieldName];
    if (!rule) throw new ForbiddenError(`No access rule covers ${info.fieldName}`);
    const event: Event = {
      operation: info.fieldName,
      access: info.parentType.name === 'Mutation' ? 'WRITE' : 'READ',
      recordTypes: recordTypesOf(info),
      responseKey: String(info.path.key),
    };
    const args = gql.getArgs<Record<string, unknown>>();
    if (rule.scope === 'node') {
      await this.authenticator.actorOf(req);
      await this.authorizeNodes(rule, args, ctx);
      return true;
    }
    try {
      const owner = rule.scope === 'patient' ? await this.authorizePatient(rule, args, req, event) : await this.authorizeProgram(rule, args, await this.authenticator.actorOf(req), req, event);
      if (event.access === 'WRITE') await this.checkReferences(info, rule, args, req, event, owner);
    } catch (error) {
      // A malformed id stops the check before the pipes run: report it with every other invalid field.
      if (error instanceof BadUserInputError) await validateArguments(context);
      throw error;
    } finally {
      // A subscription never reaches Apollo's response hook, where requests write their audit events.
      if (info.operation.operation === 'subscription') await this.audit.flush(req);
    }
    return true;
  }

  /**
   * The same gate for an HTTP route that performs a patient operation (FHIR's $everything performs
   * exportPlan): the operation's rule decides and is audited as if the operation had been asked for.
   */
  async authorizeRoute(req: OnePlanRequest, operation: string, args: Record<string, unknown>, recordTypes: string[]): Promise<Actor> {
    const rule = ACCESS_RULES[operation];
    if (rule?.scope !== 'patient') throw new ForbiddenError(`No patient access rule covers ${operation}`);
    await this.authorizePatient(rule, args, req, { operation, access: 'WRITE', recordTypes, responseKey: operation });
    return req.actor!;
  }

  /** Each id is decided by its record type's rule; node refuses at once, nodes gives each refused id its error. */
  private async authorizeNodes(rule: NodeIdsRule, args: Record<string, unknown>, ctx: GraphQLContext) {
    const ids = rule.target === 'id' ? [idAt(args, 'id')] : (args.ids as unknown[]).map((_, index) => idAt(args, `ids.${index}`));
    if (ids.length > MAX_NODE_IDS) throw new BadUserInputError('ids', `At most ${MAX_NODE_IDS} ids`);
    const decisions = await this.nodes.decide(ctx, rule.target === 'id' ? 'node' : 'nodes', ids);
    ctx.nodeDecisions = decisions;
    const single = decisions.get(ids[0]);
    if (rule.target === 'id' && single instanceof Error) throw single;
  }

  private async authorizePatient(rule: PatientRule, args: unknown, req: OnePlanRequest, event: Event): Promise<Owner> {
    const [path, kind] = rule.target;
    const id = idAt(args, path);
    const { actor, standings } = await this.standingsOf(req, kind, id);
    const [standing] = standings;
    const decision = decideForPatient(rule, standing, actor);
    this.settle(decision, req, { ...event, patientId: standing?.patientId ?? null }, ENTITY[kind], fieldOf(path));
    return { patientId: standing!.patientId, programId: standing!.programId };
  }

  /** How the request's staff member stands towards the record's patient; a request not signed in yet is signed in by the same statement. */
  private async standingsOf(req: OnePlanRequest, kind: PatientTargetKind, id: string): Promise<{ actor: Actor; standings: Standing[] }> {
    if (req.actor) return { actor: req.actor, standings: await this.access.standings(kind, [id], req.actor.staffId) };
    const claim = await this.authenticator.claimOf(req);
    const { actor, standings } = await this.access.standingsSigningIn(kind, [id], claim.identity);
    return { actor: await this.authenticator.signInAs(req, claim, actor), standings };
  }

  /**
   * Every other id a write names must be a record of the same patient (a record of a patient) or of the
   * same program (a staff member, a group, or a patient in a program-wide write). Anything else is
   * NOT_FOUND on that field, audited as refused: one statement per kind named.
   */
  private async checkReferences(info: GraphQLResolveInfo, rule: PatientRule | ProgramRule, args: unknown, req: OnePlanRequest, event: Event, owner: Owner) {
    const target = rule.target?.[0];
    const named = idArguments(info.parentType.getFields()[info.fieldName]).filter(({ path }) => path !== target && path !== (rule as ProgramRule).patients);
    const byKind = new Map<Exclude<ReferenceKind, 'inbox'>, Array<{ id: string; field: string }>>();
    for (const { path, name } of named) {
      const kind = REFERENCE_KINDS[name];
      const values = valuesAt(args, path)
        .flatMap((value) => (Array.isArray(value) ? value : [value]))
        .filter((value) => value !== undefined && value !== null);
      if (values.length === 0) continue;
      if (!kind) throw new ForbiddenError(`No reference rule covers ${name}`);
      if (kind === 'inbox') continue;
      const field = path.replace(/^input\./, '').replace(/\*/g, '0');
      for (const value of values) {
        if (typeof value !== 'string' || !UUID.test(value)) throw new BadUserInputError(field, `${name} must name records by UUID`);
        byKind.set(kind, [...(byKind.get(kind) ?? []), { id: value, field }]);
      }
    }
    for (const [kind, references] of byKind) {
      const owners = await this.access.owners(kind, [...new Set(references.map((reference) => reference.id))]);
      const misplaced = references.find(({ id }) => {
        const found = owners.get(id);
        if (!found) return true;
        return owner.patientId && found.patientId ? found.patientId !== owner.patientId : found.programId === null || found.programId !== owner.programId;
      });
      if (misplaced) {
        const decision: Decision = { allowed: false, notFound: true, reason: `${misplaced.field} names a record of another patient or program` };
        this.settle(decision, req, { ...event, patientId: owner.patientId }, ENTITY[kind as keyof typeof ENTITY], misplaced.field);
      }
    }
  }

  private async authorizeProgram(rule: ProgramRule, args: unknown, actor: Actor, req: OnePlanRequest, event: Event): Promise<Owner> {
    let target;
    // The patients named are read with the target when all are UUIDs (one round trip); else they are refused after it, as bad input.
    const patientIds = rule.patients ? valuesAt(args, rule.patients) : [];
    const together = patientIds.length > 0 && patientIds.every((id) => typeof id === 'string' && UUID.test(id));
    let standings: Standing[] | undefined;
    if (rule.target) {
      const [path, kind] = rule.target;
      const value = valuesAt(args, path)[0];
      if (value !== undefined && value !== null) {
        const id = idAt(args, path);
        const own = kind === 'program' && id === actor.programId;
        if (own) target = { targetId: id, programId: id, organizationId: actor.organizationId, ownerId: null };
        else if (together) ({ target, standings } = await this.access.programTargetWithStandings(kind, id, patientIds as string[], actor.staffId));
        else target = (await this.access.programTargets(kind, [id]))[0] ?? null;
      }
    }
    const decision = decideForProgram(rule, target, actor);
    const entity = rule.target ? ENTITY[rule.target[1]] : 'Program';
    if (!decision.allowed || event.access === 'WRITE' || rule.patients) {
      this.settle(decision, req, { ...event, patientId: null }, entity, rule.target ? fieldOf(rule.target[0]) : undefined);
    }
    if (rule.patients) await this.authorizePatients(rule.patients, args, actor, req, event, standings);
    return { patientId: null, programId: target?.programId ?? actor.programId };
  }

  /** Each patient an operation writes to must be one the actor can see (`read`: their standings, when read with the target). */
  private async authorizePatients(path: string, args: unknown, actor: Actor, req: OnePlanRequest, event: Event, read?: Standing[]) {
    const ids = valuesAt(args, path).map((_, index) => idAt(args, path.replace('*', String(index))));
    const standings = new Map((read ?? (await this.access.standings('patient', ids, actor.staffId))).map((standing) => [standing.patientId, standing]));
    ids.forEach((id, index) => {
      const standing = standings.get(id);
      const decision: Decision = standing && canSee(standing, actor) ? { allowed: true, breakGlass: false } : { allowed: false, notFound: true, reason: 'not on the care team' };
      this.settle(decision, req, { ...event, patientId: standing?.patientId ?? null }, 'Patient', path.replace(/^input\./, '').replace('*', String(index)));
    });
  }

  private settle(decision: Decision, req: OnePlanRequest, entry: Omit<AuditEntry, 'outcome'>, entity: string, field?: string) {
    if (decision.allowed) {
      this.audit.record(req, { ...entry, outcome: 'ALLOWED', breakGlass: decision.breakGlass });
      return;
    }
    this.audit.record(req, { ...entry, outcome: 'REFUSED', reason: decision.reason });
    if (decision.notFound) throw new NotFoundError(entity, field);
    throw new ForbiddenError(`Not allowed: ${decision.reason}`);
  }
}

function fieldOf(path: string): string {
  return path.split('.').at(-1)!;
}

/** The id at an argument path; a value that is not a UUID is bad input, never a lookup. */
function idAt(args: unknown, path: string): string {
  const value = valuesAt(args, path)[0];
  if (typeof value !== 'string' || !UUID.test(value)) throw new BadUserInputError(path.replace(/^input\./, ''), `${fieldOf(path)} must be a UUID`);
  return value;
}
