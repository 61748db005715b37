import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { type Actor, decodeCursor, type GraphQLContext, PageArgs, Paginated, toPage } from '@oneplan/graphql';
import { type LivePayloads, LiveTopic, LiveUpdates } from '@oneplan/queue';
import { MarkNotificationsReadArgs } from './dto/notification.input.js';
import { Notification } from './models/notification.model.js';
import { notificationPosition, NotificationsRepository } from './notifications.repository.js';

export const NotificationPage = Paginated(Notification, 'A page of notifications, unread first, then newest first.');

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly live: LiveUpdates,
    private readonly notifications: NotificationsRepository,
  ) {}

  @Query(() => NotificationPage, { description: 'Your notifications, unread first, then newest first.' })
  async myNotifications(@CurrentActor() actor: Actor, @Args() args: PageArgs) {
    const rows = await this.notifications.page(actor.staffId, args.first + 1, decodeCursor(args.after));
    return toPage(rows, args.first, notificationPosition);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.notifications.unreadCount(actor.staffId);
  }

  @Subscription(() => Notification, {
    description: 'Your new notifications, pushed as they are created.',
    filter: (payload: LivePayloads[LiveTopic.NotificationAdded], _variables: unknown, ctx: GraphQLContext) => payload.recipientId === ctx.req.actor?.staffId,
    resolve(this: NotificationResolver, payload: LivePayloads[LiveTopic.NotificationAdded]) {
      return this.notifications.byId(payload.notificationId);
    },
  })
  notificationAdded() {
    return this.live.iterator(LiveTopic.NotificationAdded);
  }

  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many changed.' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args() args: MarkNotificationsReadArgs) {
    return this.notifications.markRead(actor.staffId, args.ids);
  }
}
