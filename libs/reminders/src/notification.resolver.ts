import { Args, Int, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { NodeAccess } from '@oneplan/access';
import { CurrentActor } from '@oneplan/auth';
import { type Actor, Connection, type GraphQLContext, listCost, Node, pageWindow, Payload, toConnection } from '@oneplan/graphql';
import type { NotificationRow } from '@oneplan/prisma';
import { type LivePayloads, LiveTopic, LiveUpdates } from '@oneplan/queue';
import { MarkNotificationsReadArgs, MAX_MARKED_READ, MyNotificationsArgs } from './dto/notification.input.js';
import { Notification } from './models/notification.model.js';
import { NOTIFICATIONS_ORDER, NotificationsRepository } from './notifications.repository.js';

// Connection types are created as the module loads, before Nest builds the schema.
const NotificationConnection = Connection(Notification);

const MarkNotificationsReadPayload = Payload('MarkNotificationsReadPayload', 'What marking read changed.', {
  markedRead: { type: () => Int, description: 'How many were unread and are now read.' },
  notifications: { type: () => [Notification], complexity: listCost(MAX_MARKED_READ), description: 'Your notifications named, as they are now.' },
  unreadNotificationCount: { type: () => Int, description: 'How many of your notifications remain unread.' },
});

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly live: LiveUpdates,
    private readonly nodes: NodeAccess,
    private readonly notifications: NotificationsRepository,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, unread first, then newest first; by patient, kind or read state.' })
  async myNotifications(@CurrentActor() actor: Actor, @Args() args: MyNotificationsArgs) {
    const { patientId, kind, unread } = args;
    const window = pageWindow(args);
    const rows = await this.notifications.page(actor.staffId, { patientId, kind, unread }, window);
    return toConnection(rows, window, NOTIFICATIONS_ORDER.valuesOf, () => this.notifications.count(actor.staffId, { patientId, kind, unread }));
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

  @Mutation(() => MarkNotificationsReadPayload, { description: "Marks your notifications read (ids of anyone else's are ignored)." })
  async markNotificationsRead(@CurrentActor() actor: Actor, @Args() args: MarkNotificationsReadArgs) {
    const markedRead = await this.notifications.markRead(actor.staffId, args.ids);
    const mine = (await this.notifications.notificationsByIds(args.ids)).filter((row) => row.recipientId === actor.staffId);
    return { markedRead, notifications: mine, unreadNotificationCount: () => this.notifications.unreadCount(actor.staffId) };
  }

  @ResolveField(() => Node, { nullable: true, description: 'The record that caused the notification (a medication change, a measure, the plan ...), as it is now; null if you may no longer read it.' })
  subject(notification: NotificationRow, _args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo) {
    return notification.subjectId ? this.nodes.reachable(ctx, info, notification.subjectId) : null;
  }
}
