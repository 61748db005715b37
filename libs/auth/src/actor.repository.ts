import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@oneplan/prisma';
import type { Actor } from '@oneplan/graphql';

@Injectable()
export class ActorRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Runs on every request (plain SQL, see PrismaService.read for why). */
  async findActive(staffId: string): Promise<Actor | null> {
    const [staff] = await this.prisma.read<Actor>(Prisma.sql`
      SELECT "id" AS "staffId", "programId", "discipline"::text AS "discipline" FROM "StaffMember" WHERE "id" = ${staffId}::uuid AND "active"`);
    return staff ?? null;
  }

  /** The active staff member with an email (an identity provider's token names them so; emails are kept in lower case). */
  async findActiveByEmail(email: string): Promise<Actor | null> {
    const [staff] = await this.prisma.read<Actor>(Prisma.sql`
      SELECT "id" AS "staffId", "programId", "discipline"::text AS "discipline" FROM "StaffMember" WHERE "email" = ${email.toLowerCase()} AND "active"`);
    return staff ?? null;
  }

  async findIdByEmail(email: string): Promise<string | null> {
    const staff = await this.prisma.staffMember.findFirst({ where: { email: email.toLowerCase(), active: true }, select: { id: true } });
    return staff?.id ?? null;
  }
}
