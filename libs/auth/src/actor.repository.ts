import { Injectable } from '@nestjs/common';
import { PrismaService } from '@oneplan/prisma';
import type { Actor } from '@oneplan/graphql';

@Injectable()
export class ActorRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findActive(staffId: string): Promise<Actor | null> {
    const staff = await this.prisma.staffMember.findFirst({
      where: { id: staffId, active: true },
      select: { id: true, programId: true, discipline: true },
    });
    return staff && { staffId: staff.id, programId: staff.programId, discipline: staff.discipline };
  }

  async findIdByEmail(email: string): Promise<string | null> {
    const staff = await this.prisma.staffMember.findFirst({ where: { email: email.toLowerCase(), active: true }, select: { id: true } });
    return staff?.id ?? null;
  }
}
