import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RegisterWebhookInput, WebhookDeliveriesArgs } from './dto/webhook.input.js';
import { RegisteredWebhook, Webhook, WebhookDelivery } from './models/webhook.model.js';
import { WebhooksRepository } from './webhooks.repository.js';

/** Program webhooks, for program admins (the access rules say who). */
@Resolver(() => Webhook)
export class WebhookResolver {
  constructor(private readonly webhooks: WebhooksRepository) {}

  @Mutation(() => RegisteredWebhook, { description: 'Registers a webhook; its signing secret is returned this once.' })
  registerWebhook(@Args('input', { description: 'Program and URL.' }) input: RegisterWebhookInput) {
    return this.webhooks.register(input.programId, input.url);
  }

  @Query(() => [WebhookDelivery], { description: "Deliveries to the program's webhooks, newest first, with every attempt." })
  webhookDeliveries(@Args() args: WebhookDeliveriesArgs) {
    return this.webhooks.deliveries(args.programId, args.first);
  }
}
