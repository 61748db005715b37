import { Injectable } from '@nestjs/common';
import { PrismaService, type WebhookDeliveryStatus } from '@oneplan/prisma';

/** What delivering a notification reads and records. */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The notification, its recipient's address, and the active webhooks of the patient's program. */
  async notification(id: string) {
    const notification = await this.prisma.notification.findUnique({ where: { id } });
    if (!notification) return null;
    const [recipient, patient] = await Promise.all([
      this.prisma.staffMember.findUnique({ where: { id: notification.recipientId }, select: { email: true, active: true } }),
      notification.patientId ? this.prisma.patient.findUnique({ where: { id: notification.patientId }, select: { programId: true } }) : null,
    ]);
    const programId = patient?.programId ?? (await this.prisma.staffMember.findUnique({ where: { id: notification.recipientId }, select: { programId: true } }))?.programId;
    const webhooks = programId ? await this.prisma.webhook.findMany({ where: { programId, active: true }, select: { id: true } }) : [];
    return { notification, recipient, webhooks };
  }

  /** The delivery of a notification to a webhook, created once. */
  delivery(webhookId: string, notificationId: string) {
    return this.prisma.webhookDelivery.upsert({
      where: { webhookId_notificationId: { webhookId, notificationId } },
      create: { webhookId, notificationId },
      update: {},
      select: { id: true, status: true },
    });
  }

  deliveryWithTarget(id: string) {
    return this.prisma.webhookDelivery.findUnique({
      where: { id },
      include: { webhook: { select: { url: true, secret: true } } },
    });
  }

  async recordAttempt(deliveryId: string, attempt: number, outcome: { statusCode?: number; error?: string }, status: WebhookDeliveryStatus): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.webhookAttempt.create({ data: { deliveryId, attempt, statusCode: outcome.statusCode ?? null, error: outcome.error ?? null } }),
      this.prisma.webhookDelivery.update({ where: { id: deliveryId }, data: { status, ...(status === 'DELIVERED' ? { deliveredAt: new Date() } : {}) } }),
    ]);
  }
}
