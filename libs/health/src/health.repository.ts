import { Injectable } from '@nestjs/common';
import { PrismaService } from '@oneplan/prisma';

@Injectable()
export class HealthRepository {
  constructor(private readonly prisma: PrismaService) {}

  async ping(): Promise<void> {
    await this.prisma.$queryRaw`SELECT 1`;
  }
}
