import { Injectable } from '@nestjs/common';
import { type ClinicalNoteRow, type NoteKind, PrismaService, type Tx } from '@oneplan/prisma';

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
    return tx.clinicalNote.create({ data: note });
  }

  findById(id: string, tx: Tx = this.prisma): Promise<ClinicalNoteRow | null> {
    return tx.clinicalNote.findUnique({ where: { id } });
  }

  /** Every note of the plans, originals and amendments, oldest first. */
  byPlanIds(planIds: string[]): Promise<ClinicalNoteRow[]> {
    return this.prisma.rowsWhereIn<ClinicalNoteRow>('ClinicalNote', 'planId', planIds, '"writtenAt", "id"');
  }

}
