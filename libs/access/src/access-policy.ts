import type { Actor } from '@oneplan/graphql';
import { ACCESS_RULES, type PatientRole, type PatientRule, type ProgramRule } from './access-rules.js';
import type { NodeTarget, ProgramTarget, Standing } from './access.repository.js';
import { NODE_RULES } from './node-rules.js';

export type Decision = { allowed: true; breakGlass: boolean } | { allowed: false; notFound: boolean; reason: string };

const refuse = (reason: string, notFound = false): Decision => ({ allowed: false, notFound, reason });

/**
 * Whether a program's record is within the actor's reach: their own program's, or for an organization
 * admin any program's (and staff member's) of their organization.
 */
export function withinReach(target: { programId: string | null; organizationId: string | null }, actor: Actor): boolean {
  if (actor.discipline === 'ORGANIZATION_ADMIN') return target.organizationId === actor.organizationId;
  return target.programId !== null && target.programId === actor.programId;
}

/** The roles a staff member holds towards a patient today. */
export function rolesOf(standing: Pick<Standing, 'teamRoles' | 'breakGlass'> & { programId: string | null }, actor: Actor): PatientRole[] {
  const roles: PatientRole[] = [...standing.teamRoles];
  if (actor.discipline === 'PROGRAM_ADMIN' && actor.programId === standing.programId) roles.push('PROGRAM_ADMIN');
  if (standing.breakGlass) roles.push('BREAK_GLASS');
  if (roles.length === 0 && actor.programId === standing.programId) roles.push('OUTSIDER');
  return roles;
}

/** Whether the staff member may see the patient at all; anyone else is told the patient does not exist. */
export function canSee(standing: Standing, actor: Actor): boolean {
  return rolesOf(standing, actor).some((role) => role !== 'OUTSIDER');
}

export function decideForPatient(rule: PatientRule, standing: Standing | undefined, actor: Actor): Decision {
  if (!standing) return refuse('no such record', true);
  const roles = rolesOf(standing, actor);
  const visible = roles.some((role) => role !== 'OUTSIDER');
  if (!visible && !(rule.roles.includes('OUTSIDER') && roles.includes('OUTSIDER'))) return refuse('not on the care team', true);
  const granting = roles.filter((role) => rule.roles.includes(role));
  if (granting.length === 0) return refuse(`needs one of: ${rule.roles.join(', ')}`);
  if (rule.condition === 'author' && standing.ownerId !== actor.staffId) return refuse('only the author may amend their own clinical text');
  return { allowed: true, breakGlass: granting.every((role) => role === 'BREAK_GLASS' || role === 'OUTSIDER') };
}

/** `target` is undefined when the rule names no record (the actor's own program). */
export function decideForProgram(rule: ProgramRule, target: ProgramTarget | null | undefined, actor: Actor): Decision {
  if (target === null || (target && !withinReach(target, actor))) return refuse('not in your program', true);
  const discipline = actor.discipline as ProgramRule['roles'][number];
  if (rule.condition === 'self' && target && target.ownerId !== actor.staffId && discipline !== 'PROGRAM_ADMIN') {
    return refuse("only a program admin may see another staff member's caseload");
  }
  if (!rule.roles.includes(discipline)) return refuse(`needs one of: ${rule.roles.join(', ')}`);
  const facilitates = target?.ownerId === actor.staffId || Boolean(target?.coFacilitatorIds?.includes(actor.staffId));
  if (rule.condition === 'facilitator' && !facilitates) return refuse('only a facilitator of the group');
  return { allowed: true, breakGlass: false };
}

/**
 * Whether the staff member may read a record named by id, by its type's rule (NODE_RULES): a record whose
 * patient they cannot see, of another program, someone else's own, or a private note of someone else's
 * does not exist for them; a record they can see but their role may not read is FORBIDDEN.
 */
export function decideForNode(target: NodeTarget | undefined, actor: Actor): Decision {
  if (!target) return refuse('no such record', true);
  const rule = NODE_RULES[target.type];
  if (rule.scope === 'owner') return target.ownerId === actor.staffId ? { allowed: true, breakGlass: false } : refuse("another staff member's own record", true);
  if (rule.scope === 'program') {
    if (!withinReach(target, actor)) return refuse('not in your program', true);
    return rule.roles.includes(actor.discipline as never) ? { allowed: true, breakGlass: false } : refuse(`needs one of: ${rule.roles.join(', ')}`);
  }
  const roles = rolesOf(target, actor);
  if (!roles.some((role) => role !== 'OUTSIDER')) return refuse('not on the care team', true);
  if ('authorOnlyPrivate' in rule && rule.authorOnlyPrivate && target.private && target.ownerId !== actor.staffId) return refuse("another clinician's private note", true);
  const allowedRoles: readonly PatientRole[] = rule.roles;
  const granting = roles.filter((role) => allowedRoles.includes(role));
  if (granting.length === 0) return refuse(`needs one of: ${allowedRoles.join(', ')}`);
  return { allowed: true, breakGlass: granting.every((role) => role === 'BREAK_GLASS') };
}

/**
 * The operations on a patient's record the staff member's standing allows today, by the access rules
 * (what a client should offer them). An operation limited to authors (amending one's own text) is listed:
 * which records it applies to is the record's to say.
 */
export function permittedOperations(standing: Standing, actor: Actor): string[] {
  return Object.entries(ACCESS_RULES)
    .filter(([, rule]) => rule.scope === 'patient' && !rule.subscription)
    .filter(([, rule]) => decideForPatient({ ...(rule as PatientRule), condition: undefined }, standing, actor).allowed)
    .map(([operation]) => operation);
}
