import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WebhookDeliveryStatus } from '@oneplan/prisma';
import { Node } from '@oneplan/graphql';

registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus', description: 'Pending (being tried), delivered, or dead after its last attempt.' });

@ObjectType({ implements: () => [Node], description: "A program's webhook: each notification about its patients is posted there as a signed reference." })
export class Webhook {
  @Field(() => ID, { description: 'Webhook id.' })
  id!: string;

  @Field({ description: 'Where notifications are posted.' })
  url!: string;

  @Field({ description: 'Whether it receives notifications.' })
  active!: boolean;

  @Field({ description: 'When it was registered.' })
  createdAt!: Date;
}

@ObjectType('RegisterWebhookPayload', { description: 'A newly registered webhook and its signing secret, shown this once.' })
export class RegisteredWebhook {
  @Field(() => Webhook, { description: 'The webhook.' })
  webhook!: Webhook;

  @Field({ description: 'HMAC-SHA256 secret: the x-oneplan-signature header is sha256=HMAC(secret, "<x-oneplan-timestamp>.<body>").' })
  secret!: string;
}

@ObjectType({ implements: () => [Node], description: 'One try at posting a notification to a webhook.' })
export class WebhookAttempt {
  @Field(() => ID, { description: 'Attempt id.' })
  id!: string;

  @Field(() => Int, { description: 'Attempt number, from 1.' })
  attempt!: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status the receiver answered, if it answered.' })
  statusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why no answer came (timeout, refused connection ...).' })
  error!: string | null;

  @Field({ description: 'When.' })
  at!: Date;
}

@ObjectType({ implements: () => [Node], description: 'The delivery of one notification to one webhook, with every attempt.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Delivery id.' })
  id!: string;

  @Field(() => ID, { description: 'The webhook.' })
  webhookId!: string;

  @Field(() => ID, { description: 'The notification delivered.' })
  notificationId!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  status!: WebhookDeliveryStatus;

  @Field(() => Date, { nullable: true, description: 'When it was delivered.' })
  deliveredAt!: Date | null;
}
