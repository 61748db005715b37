import { Injectable } from '@nestjs/common';
import type { GraphQLContext } from '@oneplan/graphql';
import type { ClinicalNoteRow } from '@oneplan/prisma';
import { ClinicalNoteRepository } from './clinical-note.repository.js';

/** What a note is about: the plan as a whole, or one goal, session or medication change. */
export type NoteSubject = { planId: string } & Partial<Pick<ClinicalNoteRow, 'goalId' | 'individualSessionId' | 'medicationChangeId'>>;

/**
 * All notes of a plan come in one statement (less SUD counseling notes of other authors, which only
 * their author reads); goals, sessions, medication changes and amendments take
 * their share of that set, so a plan read costs one query for notes however many there are.
 */
@Injectable()
export class ClinicalNoteLoaders {
  constructor(private readonly notes: ClinicalNoteRepository) {}

  /** Original notes about the subject (not amendments), oldest first. */
  async about(ctx: GraphQLContext, subject: NoteSubject): Promise<ClinicalNoteRow[]> {
    const notes = await this.ofPlan(ctx, subject.planId);
    return notes.filter(
      (note) =>
        !note.amendsId &&
        note.goalId === (subject.goalId ?? null) &&
        note.individualSessionId === (subject.individualSessionId ?? null) &&
        note.medicationChangeId === (subject.medicationChangeId ?? null),
    );
  }

  async amendmentsOf(ctx: GraphQLContext, note: ClinicalNoteRow): Promise<ClinicalNoteRow[]> {
    return (await this.ofPlan(ctx, note.planId)).filter((row) => row.amendsId === note.id);
  }

  /** The notes of a plan the reader may read, filtered once per request as they are loaded. */
  private ofPlan(ctx: GraphQLContext, planId: string): Promise<ClinicalNoteRow[]> {
    const reader = ctx.req.actor?.staffId;
    const readable = async (ids: string[]) => (await this.notes.byPlanIds(ids)).filter((note) => !note.sudCounseling || note.authorId === reader);
    return ctx.loaders.many('note.byPlan', readable, (row) => row.planId).load(planId);
  }
}
