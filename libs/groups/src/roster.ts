import type { GroupEnrollmentRow } from '@oneplan/prisma';

/** Patients a recurring group's roster realistically holds (its lists are costed as this many). */
export const ROSTER_SIZE = 30;

/** The enrollments in force on a date. */
export function onRosterOn(enrollments: GroupEnrollmentRow[], day: Date): GroupEnrollmentRow[] {
  return enrollments.filter((row) => row.fromDate <= day && (!row.untilDate || row.untilDate >= day));
}
