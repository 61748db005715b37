import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@oneplan/prisma';
import type { Actor } from '@oneplan/graphql';

const ACTOR_COLUMNS = Prisma.sql`s."id" AS "staffId", s."programId", COALESCE(s."organizationId", p."organizationId") AS "organizationId", s."discipline"::text AS "discipline"`;
const ACTOR_FROM = Prisma.sql`"StaffMember" s LEFT JOIN "Program" p ON p."id" = s."programId"`;

@Injectable()
export class ActorRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Runs on every request (plain SQL, see PrismaService.read for why). */
  async findActive(staffId: string): Promise<Actor | null> {
    const [staff] = await this.prisma.read<Actor>(Prisma.sql`
      SELECT ${ACTOR_COLUMNS} FROM ${ACTOR_FROM} WHERE s."id" = ${staffId}::uuid AND s."active"`);
    return staff ?? null;
  }

  /** The active staff member with an email (an identity provider's token names them so; emails are kept in lower case). */
  async findActiveByEmail(email: string): Promise<Actor | null> {
    const [staff] = await this.prisma.read<Actor>(Prisma.sql`
      SELECT ${ACTOR_COLUMNS} FROM ${ACTOR_FROM} WHERE s."email" = ${email.toLowerCase()} AND s."active"`);
    return staff ?? null;
  }

  async findIdByEmail(email: string): Promise<string | null> {
    const staff = await this.prisma.staffMember.findFirst({ where: { email: email.toLowerCase(), active: true }, select: { id: true } });
    return staff?.id ?? null;
  }
}
