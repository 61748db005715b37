import { getNamedType, type GraphQLField, type GraphQLInputType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import type { PatientTargetKind, ProgramTargetKind } from './access-rules.js';

/**
 * What an id a write names may be: a record of a patient or of a program; or an entry of the actor's own
 * inbox (markNotificationsRead), which only ever touches the actor's own notifications, so another's id
 * changes and reveals nothing (it counts as not marked).
 */
export type ReferenceKind = PatientTargetKind | ProgramTargetKind | 'inbox';

/**
 * Every id-valued input field a mutation may take, by its name, and what it names. The access guard
 * checks each against the record the mutation writes (see AccessGuard.checkReferences): a record of a
 * patient must be of the same patient (or, for a program-wide write, of the same program), a staff
 * member or group of the same program. An id field missing here is refused outright, so a new one
 * cannot slip past the check.
 */
export const REFERENCE_KINDS: Record<string, ReferenceKind> = {
  planId: 'plan',
  episodeId: 'episode',
  patientId: 'patient',
  problemId: 'problem',
  problemIds: 'problem',
  goalId: 'goal',
  goalIds: 'goal',
  objectiveId: 'objective',
  taskId: 'task',
  individualSessionId: 'individualSession',
  sessionId: 'individualSession',
  medicationChangeId: 'medicationChange',
  noteId: 'clinicalNote',
  membershipId: 'membership',
  consentId: 'consent',
  importedItemId: 'importedItem',
  programId: 'program',
  staffId: 'staff',
  ownerId: 'staff',
  therapistId: 'staff',
  facilitatorId: 'staff',
  groupSessionId: 'groupSession',
  facilitatorIds: 'staff',
  scheduleId: 'groupSchedule',
  enrollmentId: 'groupEnrollment',
  supportId: 'support',
  supportIds: 'support',
  assessmentId: 'intakeAssessment',
  templateId: 'planTemplate',
  handoffToIds: 'staff',
  ids: 'inbox',
};

/** An id-valued argument of an operation: where it sits (`*` for each element of a list of inputs) and its field name. */
export interface IdArgument {
  path: string;
  name: string;
}

function idFields(type: GraphQLInputType, path: string, name: string, found: IdArgument[], seen: Set<unknown>): void {
  const named = getNamedType(type);
  if (named.name === 'ID') {
    found.push({ path, name });
    return;
  }
  if (!isInputObjectType(named) || seen.has(named)) return;
  seen.add(named);
  const inner = isNonNullType(type) ? type.ofType : type;
  const each = isListType(inner) ? '.*' : '';
  for (const field of Object.values(named.getFields())) idFields(field.type, `${path}${each}.${field.name}`, field.name, found, seen);
  seen.delete(named);
}

const cache = new WeakMap<object, IdArgument[]>();

/** Every id-valued argument of a field, input objects included (worked out once per field). */
export function idArguments(field: GraphQLField<unknown, unknown>): IdArgument[] {
  let found = cache.get(field);
  if (!found) {
    found = [];
    for (const arg of field.args) idFields(arg.type, arg.name, arg.name, found, new Set());
    cache.set(field, found);
  }
  return found;
}
