import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, Node } from '@oneplan/graphql';
import { NoteKind } from '@oneplan/prisma';

registerEnumType(NoteKind, {
  name: 'NoteKind',
  description: 'Progress note, readiness note (readiness for trauma processing), session note or medication note.',
});

export { NoteKind };

@ObjectType({ implements: () => [Node], description: 'Clinical text. Never overwritten or deleted: a correction is an amendment that keeps the original.' })
export class ClinicalNote {
  @Field(() => ID, { description: 'Note id.' })
  id!: string;

  @Field(() => NoteKind, { description: 'What kind of note.' })
  kind!: NoteKind;

  @Field(() => ID, { nullable: true, description: 'The goal it is about, if any.' })
  goalId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The individual session it documents, if any.' })
  individualSessionId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The medication change it is about, if any.' })
  medicationChangeId!: string | null;

  @Field(() => ID, { nullable: true, description: 'For an amendment: the note it corrects.' })
  amendsId!: string | null;

  @Field({ description: 'The text as written.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'For an amendment: why it was made.' })
  amendmentReason!: string | null;

  @Field(() => LocalDateScalar, { description: 'The date the note is about.' })
  noteDate!: Date;

  @Field({ description: 'A SUD counseling session note: only its author reads it.' })
  sudCounseling!: boolean;

  @Field(() => ID, { description: 'Who wrote it.' })
  authorId!: string;

  @Field({ description: 'When it was written.' })
  writtenAt!: Date;
}
