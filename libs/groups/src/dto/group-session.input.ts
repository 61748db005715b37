import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsUUID, Length } from 'class-validator';
import { ConnectionArgs } from '@oneplan/graphql';
import { GroupType, Modality } from '../models/group-session.model.js';

@InputType({ description: 'Schedules a group session.' })
export class ScheduleGroupSessionInput {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;

  @Field(() => GroupType, { description: 'Kind of group.' })
  @IsEnum(GroupType)
  type!: GroupType;

  @Field(() => ID, { description: 'The facilitator; an active staff member of the program.' })
  @IsUUID()
  facilitatorId!: string;

  @Field({ description: 'Start.' })
  @IsDate()
  startsAt!: Date;

  @Field({ description: 'End, after the start.' })
  @IsDate()
  endsAt!: Date;

  @Field(() => Modality, { description: 'In person or virtual.' })
  @IsEnum(Modality)
  modality!: Modality;

  @Field({ description: 'Topic or skill (1-200 characters).' })
  @Length(1, 200)
  topic!: string;
}

/** A page of items whose group started in [from, to). */
@ArgsType()
export class GroupDateRangeArgs extends ConnectionArgs {
  @Field({ description: 'Groups starting at or after this.' })
  @IsDate()
  from!: Date;

  @Field({ description: 'Groups starting before this.' })
  @IsDate()
  to!: Date;
}

@ArgsType()
export class GroupSessionsArgs extends GroupDateRangeArgs {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;
}
