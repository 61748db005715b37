import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, Node } from '@oneplan/graphql';
import { GroupType, Modality } from '@oneplan/prisma';

registerEnumType(GroupType, { name: 'GroupType', description: 'Kind of group.' });
registerEnumType(Modality, { name: 'Modality', description: 'In person or virtual.' });

export { GroupType, Modality };

@ObjectType({ implements: () => [Node], description: 'A scheduled group of a program.' })
export class GroupSession {
  @Field(() => ID, { description: 'Group session id.' })
  id!: string;

  @Field(() => ID, { description: 'The program.' })
  programId!: string;

  @Field(() => GroupType, { description: 'Kind of group.' })
  type!: GroupType;

  @Field(() => ID, { description: 'The facilitator.' })
  facilitatorId!: string;

  @Field({ description: 'Start.' })
  startsAt!: Date;

  @Field({ description: 'End.' })
  endsAt!: Date;

  @Field(() => Modality, { description: 'In person or virtual.' })
  modality!: Modality;

  @Field({ description: 'Topic or skill taught.' })
  topic!: string;

  @Field(() => [ID], { description: 'Facilitators beside the lead.' })
  coFacilitatorIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The recurring group that generated it; empty for a group scheduled on its own.' })
  scheduleId!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "The date (program time) of the recurring group's occurrence." })
  occursOn!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled (an exception, or the recurring group ended); empty while it takes place.' })
  cancelledAt!: Date | null;
}
