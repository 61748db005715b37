import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from '@oneplan/prisma';
import { Node } from '@oneplan/graphql';

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification is about.' });

@ObjectType({ implements: () => [Node], description: 'Something a staff member is told about a patient they care for.' })
export class Notification {
  @Field(() => ID, { description: 'Notification id.' })
  id!: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  kind!: NotificationKind;

  @Field({ description: 'The text: only what the recipient may see.' })
  message!: string;

  @Field({ description: 'Whether it needs attention at once.' })
  urgent!: boolean;

  @Field(() => ID, { nullable: true, description: 'The patient it concerns.' })
  patientId!: string | null;

  @Field(() => ID, { nullable: true, description: "The patient's plan." })
  planId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The task it created for the recipient, if it needs action.' })
  taskId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was read; empty while unread.' })
  readAt!: Date | null;

  @Field({ description: 'When it was created.' })
  createdAt!: Date;
}
