import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '@oneplan/prisma';

@Injectable()
export class WebhooksRepository {
  constructor(private readonly prisma: PrismaService) {}

  async register(programId: string, url: string) {
    const secret = randomBytes(32).toString('hex');
    const webhook = await this.prisma.webhook.create({ data: { programId, url, secret }, select: { id: true, url: true, active: true, createdAt: true } });
    return { webhook, secret };
  }

  deliveries(programId: string, take: number) {
    return this.prisma.webhookDelivery.findMany({
      where: { webhook: { programId } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take,
      include: { attempts: { orderBy: { attempt: 'asc' } } },
    });
  }
}
