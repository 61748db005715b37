import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@oneplan/prisma';
import type { Actor } from '@oneplan/graphql';
import type { TokenIdentity } from './bearer-token.js';

const ACTOR_COLUMNS = Prisma.sql`s."id" AS "staffId", s."programId", COALESCE(s."organizationId", p."organizationId") AS "organizationId", s."discipline"::text AS "discipline"`;
const ACTOR_FROM = Prisma.sql`"StaffMember" s LEFT JOIN "Program" p ON p."id" = s."programId"`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The active staff member a verified identity names, as a SELECT of an Actor's columns: by id, or by email
 * for an identity provider's token (emails are kept in lower case). An id that is not a UUID names nobody.
 */
export function activeStaffOf(identity: TokenIdentity): Prisma.Sql {
  const where = 'email' in identity ? Prisma.sql`s."email" = ${identity.email.toLowerCase()}` : UUID.test(identity.staffId) ? Prisma.sql`s."id" = ${identity.staffId}::uuid` : Prisma.sql`FALSE`;
  return Prisma.sql`SELECT ${ACTOR_COLUMNS} FROM ${ACTOR_FROM} WHERE ${where} AND s."active"`;
}

@Injectable()
export class ActorRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Runs on every request that is not a patient operation (plain SQL, see PrismaService.read for why). */
  async findActive(identity: TokenIdentity): Promise<Actor | null> {
    const [staff] = await this.prisma.read<Actor>(activeStaffOf(identity));
    return staff ?? null;
  }

  /** What the web app shows of the signed-in staff member, with their program's time zone (its calendar). */
  async profile(staffId: string): Promise<{ id: string; name: string; discipline: string; programId: string | null; timeZone: string | null } | null> {
    const [staff] = await this.prisma.read<{ id: string; name: string; discipline: string; programId: string | null; timeZone: string | null }>(Prisma.sql`
      SELECT s."id", s."name", s."discipline"::text AS "discipline", s."programId", p."timeZone"
      FROM "StaffMember" s LEFT JOIN "Program" p ON p."id" = s."programId" WHERE s."id" = ${staffId}::uuid AND s."active"`);
    return staff ?? null;
  }

  /** Active staff to sign in as on the development sign-in page, by program and name (at most `limit`). */
  directory(limit: number): Promise<Array<{ email: string; name: string; discipline: string; program: string | null }>> {
    return this.prisma.read(Prisma.sql`
      SELECT s."email", s."name", s."discipline"::text AS "discipline", p."name" AS "program"
      FROM "StaffMember" s LEFT JOIN "Program" p ON p."id" = s."programId"
      WHERE s."active" ORDER BY p."name" NULLS FIRST, s."name", s."id" LIMIT ${limit}`);
  }

  async findIdByEmail(email: string): Promise<string | null> {
    const staff = await this.prisma.staffMember.findFirst({ where: { email: email.toLowerCase(), active: true }, select: { id: true } });
    return staff?.id ?? null;
  }
}
