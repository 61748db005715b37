import { Prisma } from '@oneplan/prisma';

/**
 * A care-team membership in force on a day of the program's calendar: not removed, started, not ended.
 * The one definition of "on the care team", used by the access decisions, the lists that follow them
 * (caseload, patients) and the reminders that tell a team: who may see a patient and who is told about
 * them never diverge. `member` names the CareTeamMember row; `today` is a date (a value, or SQL such as
 * the program's local date).
 */
export function membershipInForce(member: string, today: Prisma.Sql): Prisma.Sql {
  const row = Prisma.raw(member);
  return Prisma.sql`${row}."removedAt" IS NULL AND ${row}."fromDate" <= ${today} AND (${row}."toDate" IS NULL OR ${row}."toDate" >= ${today})`;
}

/** Today in a program's time zone, as SQL, for a program row or column holding the zone. */
export function programToday(timeZone: string): Prisma.Sql {
  return Prisma.sql`(now() AT TIME ZONE ${Prisma.raw(timeZone)})::date`;
}

/** A date value as SQL (a day computed in code). */
export function day(date: Date): Prisma.Sql {
  return Prisma.sql`${date}::date`;
}
