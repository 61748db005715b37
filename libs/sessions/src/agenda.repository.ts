import { Injectable } from '@nestjs/common';
import { membershipInForce, programToday } from '@oneplan/access';
import { Prisma, PrismaService } from '@oneplan/prisma';
import type { AgendaItem } from './models/agenda-item.model.js';

/** Items one day can hold at most (the list is bounded whatever the data). */
export const AGENDA_LIMIT = 50;

/** A timestamp column's day in its program's time zone (columns hold UTC). */
const localDay = (column: string) => Prisma.sql`((${Prisma.raw(column)} AT TIME ZONE 'UTC') AT TIME ZONE pr."timeZone")::date`;
/** Around today in any time zone, so the day's rows are found through the (staff, start) indexes. */
const NEAR = Prisma.sql`BETWEEN (now() AT TIME ZONE 'UTC') - interval '1 day' AND (now() AT TIME ZONE 'UTC') + interval '2 days'`;

@Injectable()
export class AgendaRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Today's individual sessions a staff member runs (for patients whose care team they are on today) and
   * groups they facilitate, today being their program's; by start time. One statement.
   */
  today(staffId: string): Promise<AgendaItem[]> {
    return this.prisma.read<AgendaItem>(Prisma.sql`
      SELECT * FROM (
        SELECT 'SESSION' AS "kind", s."id", s."scheduledStart" AS "startsAt", s."scheduledEnd" AS "endsAt", s."type"::text AS "title", e."patientId"
        FROM "IndividualSession" s JOIN "TreatmentPlan" p ON p."id" = s."planId" JOIN "Episode" e ON e."id" = p."episodeId" JOIN "Program" pr ON pr."id" = e."programId"
        WHERE s."therapistId" = ${staffId}::uuid AND s."scheduledStart" ${NEAR} AND s."status" IN ('SCHEDULED', 'COMPLETED')
          AND ${localDay('s."scheduledStart"')} = ${programToday('pr."timeZone"')}
          AND EXISTS (SELECT 1 FROM "CareTeamMember" m WHERE m."episodeId" = e."id" AND m."staffId" = ${staffId}::uuid AND ${membershipInForce('m', programToday('pr."timeZone"'))})
        UNION ALL
        SELECT 'GROUP', g."id", g."startsAt", g."endsAt", g."topic", NULL::uuid
        FROM "GroupSession" g JOIN "Program" pr ON pr."id" = g."programId"
        WHERE g."facilitatorId" = ${staffId}::uuid AND g."startsAt" ${NEAR} AND ${localDay('g."startsAt"')} = ${programToday('pr."timeZone"')}
      ) day ORDER BY "startsAt", "id" LIMIT ${AGENDA_LIMIT}`);
  }
}
