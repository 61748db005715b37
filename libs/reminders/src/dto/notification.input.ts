import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ConnectionArgs } from '@oneplan/graphql';
import { NotificationKind } from '@oneplan/prisma';

@ArgsType()
export class MyNotificationsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only notifications about this patient.' })
  @IsOptional()
  @IsUUID()
  patientId?: string;

  @Field(() => NotificationKind, { nullable: true, description: 'Only notifications of this kind.' })
  @IsOptional()
  @IsEnum(NotificationKind)
  kind?: NotificationKind;

  @Field(() => Boolean, { nullable: true, description: 'true: unread only; false: read only; absent: both.' })
  @IsOptional()
  @IsBoolean()
  unread?: boolean;
}

/** Notifications one call may mark read. */
export const MAX_MARKED_READ = 100;

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { description: `Your notifications to mark read (1-${MAX_MARKED_READ}).` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_MARKED_READ)
  @IsUUID('all', { each: true })
  ids!: string[];
}
