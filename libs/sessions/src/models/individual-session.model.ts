import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SessionStatus, SessionType } from '@oneplan/prisma';
import { Node } from '@oneplan/graphql';

registerEnumType(SessionType, { name: 'SessionType', description: 'Kind of individual session.' });
registerEnumType(SessionStatus, { name: 'SessionStatus', description: 'Scheduled, completed, no-show or cancelled.' });

export { SessionStatus, SessionType };

@ObjectType({ implements: () => [Node], description: 'An individual session between a therapist and the patient.' })
export class IndividualSession {
  @Field(() => ID, { description: 'Session id.' })
  id!: string;

  @Field(() => ID, { description: 'The plan.' })
  planId!: string;

  @Field(() => ID, { description: 'The therapist.' })
  therapistId!: string;

  @Field(() => SessionType, { description: 'Kind of session.' })
  type!: SessionType;

  @Field(() => SessionStatus, { description: 'Status.' })
  status!: SessionStatus;

  @Field({ description: 'Scheduled start.' })
  scheduledStart!: Date;

  @Field({ description: 'Scheduled end.' })
  scheduledEnd!: Date;

  @Field(() => Date, { nullable: true, description: 'Actual start, once completed.' })
  actualStart!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Actual end, once completed.' })
  actualEnd!: Date | null;

  @Field(() => Int, { description: 'Version; edits name the version they saw.' })
  version!: number;

  @Field(() => [ID], { description: "The patient's supports who took part (a family session)." })
  supportIds!: string[];
}
