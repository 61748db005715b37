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
  text: string;
  noteDate: Date;
  authorId: string;
}

const ORDER = [{ writtenAt: 'asc' as const }, { id: 'asc' as const }];
const ORIGINALS = { amendsId: null };

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

  /** Notes on the plan itself (not on a goal, session or medication change). */
  planNotesByPlanIds(planIds: string[]): Promise<ClinicalNoteRow[]> {
    return this.prisma.clinicalNote.findMany({
      where: { planId: { in: planIds }, goalId: null, individualSessionId: null, medicationChangeId: null, ...ORIGINALS },
      orderBy: ORDER,
    });
  }

  byGoalIds(goalIds: string[]): Promise<ClinicalNoteRow[]> {
    return this.prisma.clinicalNote.findMany({ where: { goalId: { in: goalIds }, ...ORIGINALS }, orderBy: ORDER });
  }

  bySessionIds(sessionIds: string[]): Promise<ClinicalNoteRow[]> {
    return this.prisma.clinicalNote.findMany({ where: { individualSessionId: { in: sessionIds }, ...ORIGINALS }, orderBy: ORDER });
  }

  byMedicationChangeIds(changeIds: string[]): Promise<ClinicalNoteRow[]> {
    return this.prisma.clinicalNote.findMany({ where: { medicationChangeId: { in: changeIds }, ...ORIGINALS }, orderBy: ORDER });
  }

  amendmentsOf(noteIds: string[]): Promise<ClinicalNoteRow[]> {
    return this.prisma.clinicalNote.findMany({ where: { amendsId: { in: noteIds } }, orderBy: ORDER });
  }
}
