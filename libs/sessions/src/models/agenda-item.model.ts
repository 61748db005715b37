import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AgendaItemKind {
  SESSION = 'SESSION',
  GROUP = 'GROUP',
}
registerEnumType(AgendaItemKind, { name: 'AgendaItemKind', description: 'An individual session one runs, or a group one facilitates.' });

@ObjectType({ description: "One item of a staff member's day." })
export class AgendaItem {
  @Field(() => AgendaItemKind, { description: 'Session or group.' })
  kind!: AgendaItemKind;

  @Field(() => ID, { description: 'The individual session or group session.' })
  id!: string;

  @Field({ description: 'Start.' })
  startsAt!: Date;

  @Field({ description: 'End.' })
  endsAt!: Date;

  @Field({ description: "The session's type (e.g. THERAPY) or the group's topic." })
  title!: string;

  @Field(() => ID, { nullable: true, description: "A session's patient; null for a group." })
  patientId!: string | null;
}
