import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@oneplan/graphql';
import type { ClinicalNoteRow } from '@oneplan/prisma';
import { ClinicalNoteRepository } from './clinical-note.repository.js';

/** What a note is about: the plan as a whole, or one goal, session or medication change. */
export type NoteSubject = { planId: string } & Partial<Pick<ClinicalNoteRow, 'goalId' | 'individualSessionId' | 'medicationChangeId'>>;

/**
 * All notes of a plan come in one statement; goals, sessions, medication changes and amendments take
 * their share of that set, so a plan read costs one query for notes however many there are.
 */
@Injectable()
export class ClinicalNoteLoaders {
  constructor(private readonly notes: ClinicalNoteRepository) {}

  /** Original notes about the subject (not amendments), oldest first. */
  async about(loaders: RequestLoaders, subject: NoteSubject): Promise<ClinicalNoteRow[]> {
    const notes = await this.ofPlan(loaders).load(subject.planId);
    return notes.filter(
      (note) =>
        !note.amendsId &&
        note.goalId === (subject.goalId ?? null) &&
        note.individualSessionId === (subject.individualSessionId ?? null) &&
        note.medicationChangeId === (subject.medicationChangeId ?? null),
    );
  }

  async amendmentsOf(loaders: RequestLoaders, note: ClinicalNoteRow): Promise<ClinicalNoteRow[]> {
    return (await this.ofPlan(loaders).load(note.planId)).filter((row) => row.amendsId === note.id);
  }

  private ofPlan(loaders: RequestLoaders) {
    return loaders.many('note.byPlan', (ids) => this.notes.byPlanIds(ids), (row) => row.planId);
  }
}
