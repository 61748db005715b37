import { Injectable } from '@nestjs/common';
import { type ClinicalNoteRow, type Keyset, type NoteKind, Prisma, PrismaService, type Tx, isAnyOf } from '@oneplan/prisma';

/** Notes in the order they were written. */
export const NOTES_ORDER: Keyset<ClinicalNoteRow> = {
  columns: [
    { sql: '"writtenAt"', cast: 'timestamp(3)' },
    { sql: '"id"', cast: 'uuid' },
  ],
  descending: false,
  valuesOf: (row) => [row.writtenAt.toISOString(), row.id],
};

/** The notes a reader may read: SUD counseling notes only by their author. */
function readableBy(readerId: string): Prisma.Sql {
  return Prisma.sql`(NOT "sudCounseling" OR "authorId" = ${readerId}::uuid)`;
}

/**
 * A computed column: each note's amendments the reader may read, oldest first, as JSON read with the
 * note, so that amendments cost no statement of their own at any level of nesting (see amendmentsIn).
 */
function amendmentsReadableBy(readerId: string): Prisma.Sql {
  return Prisma.sql`COALESCE((SELECT json_agg(a ORDER BY a."writtenAt", a."id") FROM "ClinicalNote" a
    WHERE a."amendsId" = "ClinicalNote"."id" AND (NOT a."sudCounseling" OR a."authorId" = ${readerId}::uuid)), '[]'::json) AS "amendmentRows"`;
}

/** A note as lists read it: with its amendments (JSON rows) when read through amendmentsReadableBy. */
export type NoteRow = ClinicalNoteRow & { amendmentRows?: Array<Record<string, unknown>> };

/** The amendments read with a note, as rows (JSON writes its timestamp and date without a zone: UTC); undefined when not read with it. */
export function amendmentsIn(note: NoteRow): ClinicalNoteRow[] | undefined {
  return note.amendmentRows?.map((row) => ({ ...row, noteDate: new Date(`${row.noteDate as string}T00:00:00Z`), writtenAt: new Date(`${row.writtenAt as string}Z`) }) as ClinicalNoteRow);
}

/** Original notes (not amendments) about the plan as a whole. */
const ABOUT_PLAN = Prisma.sql`"amendsId" IS NULL AND "goalId" IS NULL AND "individualSessionId" IS NULL AND "medicationChangeId" IS NULL`;

export interface NewNote {
  planId: string;
  kind: NoteKind;
  goalId?: string | null;
  individualSessionId?: string | null;
  medicationChangeId?: string | null;
  amendsId?: string | null;
  amendmentReason?: string | null;
  sudCounseling?: boolean;
  text: string;
  noteDate: Date;
  authorId: string;
}

/** Clinical notes are inserted, never updated or deleted (the database refuses both). */
@Injectable()
export class ClinicalNoteRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(tx: Tx, note: NewNote): Promise<ClinicalNoteRow> {
    return this.prisma.insertIn(tx, 'ClinicalNote', { ...note, writtenAt: new Date() });
  }

  /** The INSERT of a note, for the unit of work to run with the change's records (see PlanInsert). */
  insertOf(note: NewNote & { id: string }): Prisma.Sql {
    return this.prisma.insertOf('ClinicalNote', { ...note, writtenAt: new Date() });
  }

  findById(id: string, tx: Tx = this.prisma): Promise<ClinicalNoteRow | null> {
    return tx.clinicalNote.findUnique({ where: { id } });
  }

  /** Every note of the plans, originals and amendments, oldest first (what an export reads). */
  byPlanIds(planIds: string[]): Promise<ClinicalNoteRow[]> {
    return this.prisma.rowsWhereIn<ClinicalNoteRow>('ClinicalNote', 'planId', planIds, '"writtenAt", "id"');
  }

  /** Each plan's notes on the plan as a whole that the reader may read (a nested connection). */
  planNotes(readerId: string) {
    return this.prisma.listUnder('notes.ofPlan', 'ClinicalNote', 'planId', NOTES_ORDER, { where: Prisma.sql`${ABOUT_PLAN} AND ${readableBy(readerId)}`, columns: amendmentsReadableBy(readerId) });
  }

  /** Each goal's progress notes that the reader may read (a nested connection). */
  goalNotes(readerId: string) {
    return this.prisma.listUnder('notes.ofGoal', 'ClinicalNote', 'goalId', NOTES_ORDER, { where: Prisma.sql`"amendsId" IS NULL AND ${readableBy(readerId)}`, columns: amendmentsReadableBy(readerId) });
  }

  /** Original notes of sessions or medication changes that the reader may read, with their amendments, oldest first. */
  notesUnder(column: 'individualSessionId' | 'medicationChangeId', parentIds: readonly string[], readerId: string): Promise<NoteRow[]> {
    return this.prisma.read<NoteRow>(Prisma.sql`
      SELECT *, ${amendmentsReadableBy(readerId)} FROM "ClinicalNote"
      WHERE ${Prisma.raw(`"${column}"`)} ${isAnyOf(parentIds)} AND "amendsId" IS NULL AND ${readableBy(readerId)}
      ORDER BY "writtenAt", "id"`);
  }

  /** Amendments of the notes that the reader may read, oldest first (for notes read on their own). */
  amendmentsOf(noteIds: readonly string[], readerId: string): Promise<ClinicalNoteRow[]> {
    return this.prisma.read<ClinicalNoteRow>(Prisma.sql`
      SELECT * FROM "ClinicalNote" WHERE "amendsId" ${isAnyOf(noteIds)} AND ${readableBy(readerId)} ORDER BY "writtenAt", "id"`);
  }

  notesByIds(ids: string[]): Promise<ClinicalNoteRow[]> {
    return this.prisma.rowsWhereIn<ClinicalNoteRow>('ClinicalNote', 'id', ids);
  }
}
