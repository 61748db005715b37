import { Injectable } from '@nestjs/common';
import { type ConnectionArgs, type ConnectionOf, type GraphQLContext, nestedConnection } from '@oneplan/graphql';
import type { ClinicalNoteRow } from '@oneplan/prisma';
import { amendmentsIn, ClinicalNoteRepository, type NoteRow } from './clinical-note.repository.js';

/**
 * Notes as the plan shows them, each kind in one statement per request however many parents ask: a
 * plan's and a goal's notes page as connections; a session's, a medication change's and a note's
 * amendments come whole. SUD counseling notes of other authors are left out in SQL: only their author
 * reads them.
 */
@Injectable()
export class ClinicalNoteLoaders {
  constructor(private readonly notes: ClinicalNoteRepository) {}

  ofPlan(ctx: GraphQLContext, planId: string, args: ConnectionArgs): Promise<ConnectionOf<ClinicalNoteRow>> {
    return nestedConnection(ctx.loaders, this.notes.planNotes(ctx.req.actor!.staffId), planId, args);
  }

  ofGoal(ctx: GraphQLContext, goalId: string, args: ConnectionArgs): Promise<ConnectionOf<ClinicalNoteRow>> {
    return nestedConnection(ctx.loaders, this.notes.goalNotes(ctx.req.actor!.staffId), goalId, args);
  }

  /** Session notes or medication notes, oldest first, each with its amendments. */
  under(ctx: GraphQLContext, column: 'individualSessionId' | 'medicationChangeId', parentId: string): Promise<NoteRow[]> {
    const reader = ctx.req.actor!.staffId;
    const rows = (ids: string[]) => this.notes.notesUnder(column, ids, reader);
    return ctx.loaders.many(`notes.by.${column}`, rows, (row) => row[column]!).load(parentId);
  }

  /** A note's amendments: read with the note when it came from a list, otherwise loaded (batched). */
  amendments(ctx: GraphQLContext, note: NoteRow): ClinicalNoteRow[] | Promise<ClinicalNoteRow[]> {
    const reader = ctx.req.actor!.staffId;
    return (
      amendmentsIn(note) ??
      ctx.loaders
        .many(
          'notes.amendments',
          (ids) => this.notes.amendmentsOf(ids, reader),
          (row) => row.amendsId!,
        )
        .load(note.id)
    );
  }
}
