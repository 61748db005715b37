import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsUrl, IsUUID, Max, Min } from 'class-validator';

@InputType({ description: 'Registers a webhook for the notifications about a program\'s patients.' })
export class RegisterWebhookInput {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;

  @Field({ description: 'The receiver (http or https).' })
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  url!: string;
}

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;

  @Field(() => Int, { description: 'How many, newest first (1-100).', defaultValue: 20 })
  @Min(1)
  @Max(100)
  first: number = 20;
}
