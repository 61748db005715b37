import { RuleViolationError } from '@oneplan/errors';
import type { PatientMatch, Tx } from '@oneplan/prisma';
import { recordNumberSystem } from '../fhir-codes.js';
import type { ImportedPatient } from './patient-bundle.js';
import type { PatientCandidate, PatientImportRepository } from './patient-import.repository.js';

export type Matched = { patientId: string; matchedBy: PatientMatch } | { register: true };

const sameDay = (a: Date, b: Date) => a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10);

/** Refuses a match that could merge two people, naming the candidates by id and record number (never by name). */
function refuse(message: string, candidates: PatientCandidate[]): never {
  const error = new RuleViolationError(message, 'bundle');
  error.details.candidates = candidates.map(({ id, recordNumber }) => ({ patientId: id, recordNumber }));
  throw error;
}

/**
 * Who the Bundle's patient is in the program, never merging two people silently: by the record number
 * given, then by identifier (the program's own record number, or one another system gave them before),
 * then by name and date of birth. A match whose date of birth differs, several matches, or a name match
 * that another system's identifier says is someone else, is refused with the candidates.
 */
export async function matchPatient(tx: Tx, repository: PatientImportRepository, programId: string, patient: ImportedPatient, recordNumber: string | null): Promise<Matched> {
  const own = recordNumberSystem(programId);
  const recordNumbers = [...(recordNumber ? [recordNumber] : []), ...patient.identifiers.filter((identifier) => identifier.system === own).map((identifier) => identifier.value)];
  const others = patient.identifiers.filter((identifier) => identifier.system !== own);
  const byIdentifier = await repository.patientsByIdentifiers(tx, programId, recordNumbers, recordNumber ? [] : others);
  if (byIdentifier.length > 1) refuse(`The Bundle's identifiers name ${byIdentifier.length} different patients of the program`, byIdentifier);
  if (byIdentifier.length === 1) {
    const [found] = byIdentifier;
    if (!sameDay(found.dateOfBirth, patient.dateOfBirth)) refuse("The patient with the Bundle's identifier has another date of birth: check the Bundle or the record number", byIdentifier);
    return { patientId: found.id, matchedBy: 'IDENTIFIER' };
  }
  const byName = await repository.patientsByNameAndBirthDate(tx, programId, patient.firstName, patient.lastName, patient.dateOfBirth);
  const held = await repository.identifiersOf(
    tx,
    byName.map((candidate) => candidate.id),
    others.map((identifier) => identifier.system),
  );
  const namedOtherwise = (candidate: PatientCandidate) =>
    held.some((row) => row.patientId === candidate.id && others.some((identifier) => identifier.system === row.system && identifier.value !== row.value));
  const same = byName.filter((candidate) => !namedOtherwise(candidate));
  if (same.length > 1) refuse(`The Bundle's patient matches ${same.length} patients of the program by name and date of birth: give the record number of the one meant`, same);
  if (same.length === 1) {
    if (recordNumber) refuse(`A patient of the program has this name and date of birth under another record number`, same);
    return { patientId: same[0].id, matchedBy: 'NAME_AND_BIRTH_DATE' };
  }
  return { register: true };
}
