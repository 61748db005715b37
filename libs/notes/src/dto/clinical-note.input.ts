import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { LocalDateScalar } from '@oneplan/graphql';
import { ConfirmsImportedItemInput } from '@oneplan/plan';
import { NoteKind } from '../models/clinical-note.model.js';

export const NOTE_MAX_LENGTH = 20000;

@InputType({ description: 'A new note on a plan, a goal, a session or a medication change.' })
export class AddClinicalNoteInput extends ConfirmsImportedItemInput {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID()
  planId!: string;

  @Field(() => NoteKind, { description: 'PROGRESS or READINESS on the plan or a goal; SESSION needs individualSessionId; MEDICATION needs medicationChangeId.' })
  @IsEnum(NoteKind)
  kind!: NoteKind;

  @Field(() => ID, { nullable: true, description: 'The goal the note is about.' })
  @IsOptional()
  @IsUUID()
  goalId?: string;

  @Field(() => ID, { nullable: true, description: 'The individual session the note documents.' })
  @IsOptional()
  @IsUUID()
  individualSessionId?: string;

  @Field(() => ID, { nullable: true, description: 'The medication change the note is about.' })
  @IsOptional()
  @IsUUID()
  medicationChangeId?: string;

  @Field({ description: `The text (1-${NOTE_MAX_LENGTH} characters).` })
  @Length(1, NOTE_MAX_LENGTH)
  text!: string;

  @Field(() => LocalDateScalar, { description: 'The date the note is about.' })
  @IsDate()
  noteDate!: Date;

  @Field({ nullable: true, description: 'A SUD counseling session note (SESSION notes only): only its author reads it, and it is disclosed only under a consent that names such notes.' })
  @IsOptional()
  @IsBoolean()
  sudCounseling?: boolean;
}

@InputType({ description: 'Corrects a note you wrote; the original stays, with its author and time.' })
export class AmendClinicalNoteInput {
  @Field(() => ID, { description: 'The note to correct.' })
  @IsUUID()
  noteId!: string;

  @Field({ description: `The corrected text (1-${NOTE_MAX_LENGTH} characters).` })
  @Length(1, NOTE_MAX_LENGTH)
  text!: string;

  @Field({ description: 'Why the note is amended (1-1000 characters).' })
  @Length(1, 1000)
  reason!: string;
}
