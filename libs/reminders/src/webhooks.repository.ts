import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PageWindow } from '@oneplan/graphql';
import { byTime, Prisma, PrismaService } from '@oneplan/prisma';

type DeliveryRow = Awaited<ReturnType<PrismaService['webhookDelivery']['findFirstOrThrow']>>;
type AttemptRow = Awaited<ReturnType<PrismaService['webhookAttempt']['findFirstOrThrow']>>;

/** Deliveries newest first. */
export const DELIVERIES_ORDER = byTime<DeliveryRow>('createdAt', true);

@Injectable()
export class WebhooksRepository {
  constructor(private readonly prisma: PrismaService) {}

  async register(programId: string, url: string) {
    const secret = randomBytes(32).toString('hex');
    const webhook = await this.prisma.webhook.create({ data: { programId, url, secret }, select: { id: true, url: true, active: true, createdAt: true } });
    return { webhook, secret };
  }

  private deliveriesOf(programId: string) {
    return Prisma.sql`FROM "WebhookDelivery" d JOIN "Webhook" w ON w."id" = d."webhookId" WHERE w."programId" = ${programId}::uuid`;
  }

  deliveriesPage(programId: string, window: PageWindow): Promise<DeliveryRow[]> {
    return this.prisma.keysetPage(
      Prisma.sql`SELECT d.* ${this.deliveriesOf(programId)}`,
      {
        ...DELIVERIES_ORDER,
        columns: [
          { sql: 'd."createdAt"', cast: 'timestamp(3)' },
          { sql: 'd."id"', cast: 'uuid' },
        ],
      },
      window,
    );
  }

  countDeliveries(programId: string): Promise<number> {
    return this.prisma.countOf(this.deliveriesOf(programId));
  }

  attemptsByDeliveryIds(deliveryIds: string[]): Promise<AttemptRow[]> {
    return this.prisma.rowsWhereIn<AttemptRow>('WebhookAttempt', 'deliveryId', deliveryIds, '"attempt", "id"');
  }

  webhooksByIds(ids: string[]): Promise<Array<{ id: string; url: string; active: boolean; createdAt: Date }>> {
    return this.prisma.webhook.findMany({ where: { id: { in: ids } }, select: { id: true, url: true, active: true, createdAt: true } });
  }

  deliveriesByIds(ids: string[]): Promise<DeliveryRow[]> {
    return this.prisma.rowsWhereIn<DeliveryRow>('WebhookDelivery', 'id', ids);
  }

  attemptsByIds(ids: string[]): Promise<AttemptRow[]> {
    return this.prisma.rowsWhereIn<AttemptRow>('WebhookAttempt', 'id', ids);
  }
}
