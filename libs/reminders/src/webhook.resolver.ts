import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, type GraphQLContext, listCost, pageWindow, toConnection } from '@oneplan/graphql';
import { WEBHOOK_ATTEMPTS } from '@oneplan/queue';
import { RegisterWebhookInput, WebhookDeliveriesArgs } from './dto/webhook.input.js';
import { RegisteredWebhook, Webhook, WebhookAttempt, WebhookDelivery } from './models/webhook.model.js';
import { DELIVERIES_ORDER, WebhooksRepository } from './webhooks.repository.js';

// Connection types are created as the module loads, before Nest builds the schema.
const WebhookDeliveryConnection = Connection(WebhookDelivery);

/** Program webhooks, for program admins (the access rules say who). */
@Resolver(() => Webhook)
export class WebhookResolver {
  constructor(private readonly webhooks: WebhooksRepository) {}

  @Mutation(() => RegisteredWebhook, { description: 'Registers a webhook; its signing secret is returned this once.' })
  registerWebhook(@Args('input', { description: 'Program and URL.' }) input: RegisterWebhookInput) {
    return this.webhooks.register(input.programId, input.url);
  }

  @Query(() => WebhookDeliveryConnection, { description: "Deliveries to the program's webhooks, newest first, with every attempt." })
  async webhookDeliveries(@Args() args: WebhookDeliveriesArgs) {
    const window = pageWindow(args);
    return toConnection(await this.webhooks.deliveriesPage(args.programId, window), window, DELIVERIES_ORDER.valuesOf, () => this.webhooks.countDeliveries(args.programId));
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  constructor(private readonly webhooks: WebhooksRepository) {}

  @ResolveField(() => [WebhookAttempt], { complexity: listCost(WEBHOOK_ATTEMPTS), description: 'Every attempt, oldest first.' })
  attempts(delivery: WebhookDelivery, _args: unknown, ctx: GraphQLContext) {
    return ctx.loaders
      .many(
        'webhookAttempt.byDelivery',
        (ids) => this.webhooks.attemptsByDeliveryIds(ids),
        (row) => row.deliveryId,
      )
      .load(delivery.id);
  }
}
