import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { description: 'Your notifications to mark read (1-100).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids!: string[];
}
