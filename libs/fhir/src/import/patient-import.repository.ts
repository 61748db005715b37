import { Injectable } from '@nestjs/common';
import { type PatientImportRow, type PatientMatch, Prisma, type Tx } from '@oneplan/prisma';

export interface PatientCandidate {
  id: string;
  recordNumber: string;
  dateOfBirth: Date;
}

/** The imports of patient Bundles and the identifiers other systems gave patients; the reads that match a Bundle's patient. */
@Injectable()
export class PatientImportRepository {
  /** Imports into one program run one at a time: two Bundles of one new patient cannot both register them. */
  async lockProgram(tx: Tx, programId: string): Promise<void> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`patient-import:${programId}`}, 0))`;
  }

  /** Patients of the program holding any of these identifiers: the program's own record numbers, or another system's. */
  patientsByIdentifiers(tx: Tx, programId: string, recordNumbers: string[], others: Array<{ system: string; value: string }>): Promise<PatientCandidate[]> {
    const other = others.length
      ? Prisma.sql`OR p."id" IN (SELECT i."patientId" FROM "PatientIdentifier" i WHERE i."programId" = ${programId}::uuid
          AND (i."system", i."value") IN (${Prisma.join(others.map(({ system, value }) => Prisma.sql`(${system}, ${value})`))}))`
      : Prisma.empty;
    return tx.$queryRaw<PatientCandidate[]>`SELECT p."id", p."recordNumber", p."dateOfBirth" FROM "Patient" p
      WHERE p."programId" = ${programId}::uuid AND (p."recordNumber" = ANY(${recordNumbers}::text[]) ${other}) ORDER BY p."recordNumber" LIMIT 10`;
  }

  /** Patients of the program with this name (either case) and date of birth. */
  patientsByNameAndBirthDate(tx: Tx, programId: string, firstName: string, lastName: string, dateOfBirth: Date): Promise<PatientCandidate[]> {
    return tx.$queryRaw<PatientCandidate[]>`SELECT "id", "recordNumber", "dateOfBirth" FROM "Patient"
      WHERE "programId" = ${programId}::uuid AND lower("lastName") = lower(${lastName}) AND lower("firstName") = lower(${firstName}) AND "dateOfBirth" = ${dateOfBirth}::date
      ORDER BY "recordNumber" LIMIT 10`;
  }

  /** Identifiers of these systems the patients already hold (a different value of one means another person to that system). */
  identifiersOf(tx: Tx, patientIds: string[], systems: string[]) {
    return tx.patientIdentifier.findMany({ where: { patientId: { in: patientIds }, system: { in: systems } }, select: { patientId: true, system: true, value: true } });
  }

  async addIdentifiers(tx: Tx, patientId: string, programId: string, identifiers: Array<{ system: string; value: string }>): Promise<void> {
    if (identifiers.length) await tx.patientIdentifier.createMany({ data: identifiers.map((identifier) => ({ ...identifier, patientId, programId })), skipDuplicates: true });
  }

  openPlanOf(tx: Tx, episodeId: string) {
    return tx.treatmentPlan.findFirst({ where: { episodeId, status: { not: 'CLOSED' } } });
  }

  create(tx: Tx, data: { patientId: string; programId: string; planId: string; source: string; bundleId: string | null; matchedBy: PatientMatch; importedById: string }): Promise<PatientImportRow> {
    return tx.patientImport.create({ data });
  }
}
