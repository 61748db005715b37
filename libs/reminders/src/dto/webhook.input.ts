import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsUrl, IsUUID } from 'class-validator';
import { ConnectionArgs } from '@oneplan/graphql';

@InputType({ description: "Registers a webhook for the notifications about a program's patients." })
export class RegisterWebhookInput {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;

  @Field({ description: 'The receiver (http or https).' })
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  url!: string;
}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;
}
