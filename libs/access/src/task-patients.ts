import { Prisma, isAnyOf } from '@oneplan/prisma';

/** Each named task with its patient: through its plan, or through the intake assessment that raised it before admission. */
export const taskPatients = (ids: string[]): Prisma.Sql =>
  Prisma.sql`SELECT x."id", COALESCE(e."patientId", a."patientId") AS "patientId" FROM "Task" x
    LEFT JOIN "TreatmentPlan" p ON p."id" = x."planId" LEFT JOIN "Episode" e ON e."id" = p."episodeId" LEFT JOIN "IntakeAssessment" a ON a."id" = x."assessmentId"
    WHERE x."id" ${isAnyOf(ids)}`;
