import type pg from 'pg';

/**
 * A clinic of any size built in set-based SQL: PROGRAMS programs in four time zones, each with its staff,
 * and patients numbered 1..n, each with an open episode, a care team of four in force, an active plan and
 * what the sweeps look at (a goal with two objectives, a trigger date, a consent, measures, sessions and
 * group attendance), spread so that each kind of reminder falls due for some. Ids derive from the
 * patient's number (md5), so growing the clinic from n to m inserts patients n+1..m without lookups.
 */
export const PROGRAMS = 20;
const THERAPISTS = 25;
const TIME_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];
const LEVELS = ['PHP', 'IOP', 'VIRTUAL_IOP'];

const id = (kind: string, key: string) => `pg_temp.scale_id('${kind}:' || ${key})`;
const program = (i: string) => id('program', `(${i} % ${PROGRAMS})`);
const staff = (i: string, role: string, count: number) => id('staff', `(${i} % ${PROGRAMS}) || ':${role}:' || ((${i} / ${PROGRAMS}) % ${count})`);

/** Ids as version-4 UUIDs derived from a name (md5), in this session only. */
export async function defineIds(db: pg.Client): Promise<void> {
  await db.query(
    `CREATE OR REPLACE FUNCTION pg_temp.scale_id(name text) RETURNS uuid IMMUTABLE LANGUAGE sql AS $$ SELECT overlay(overlay(md5(name) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`,
  );
}

/** Programs, their staff (one admin each) and a weekday group for the last three weeks. */
export async function createPrograms(db: pg.Client): Promise<void> {
  await defineIds(db);
  await db.query(`INSERT INTO "Organization" ("id", "name") VALUES (pg_temp.scale_id('organization'), 'Scale organization')`);
  await db.query(`
    INSERT INTO "Program" ("id", "organizationId", "name", "levelOfCare", "timeZone")
    SELECT ${program('n')}, pg_temp.scale_id('organization'), 'Scale program ' || n, (ARRAY['PHP','IOP','VIRTUAL_IOP'])[1 + n % 3]::"LevelOfCare", (ARRAY[${TIME_ZONES.map((zone) => `'${zone}'`)}])[1 + n % 4]
    FROM generate_series(0, ${PROGRAMS - 1}) n`);
  const roles: Array<[string, string, number]> = [
    ['T', 'THERAPIST', THERAPISTS],
    ['P', 'PRESCRIBER', 5],
    ['C', 'CASE_MANAGER', 5],
    ['F', 'GROUP_FACILITATOR', 3],
    ['A', 'PROGRAM_ADMIN', 1],
  ];
  for (const [code, discipline, count] of roles)
    await db.query(`
      INSERT INTO "StaffMember" ("id", "programId", "name", "email", "credentials", "discipline")
      SELECT pg_temp.scale_id('staff:' || n || ':${code}:' || k), ${program('n')}, '${discipline} ' || n || '-' || k, 'scale-${code}-' || n || '-' || k || '@scale.example', 'LCSW', '${discipline}'
      FROM generate_series(0, ${PROGRAMS - 1}) n, generate_series(0, ${count - 1}) k`);
  await db.query(`
    INSERT INTO "GroupSession" ("id", "programId", "type", "facilitatorId", "startsAt", "endsAt", "modality", "topic", "createdById")
    SELECT pg_temp.scale_id('group:' || n || ':' || d), ${program('n')}, 'SKILLS', pg_temp.scale_id('staff:' || n || ':F:' || (d % 3)),
           (current_date - d) + time '14:00', (current_date - d) + time '17:00', 'IN_PERSON', 'Skills', pg_temp.scale_id('staff:' || n || ':F:0')
    FROM generate_series(0, ${PROGRAMS - 1}) n, generate_series(1, 21) d
    WHERE extract(isodow FROM current_date - d) < 6`);
}

/** Patients from+1..to with everything the sweeps read; one statement per table. */
export async function addPatients(db: pg.Client, from: number, to: number): Promise<void> {
  const series = `generate_series(${from + 1}, ${to}) i`;
  const episode = id('episode', 'i');
  const plan = id('plan', 'i');
  const therapist = staff('i', 'T', THERAPISTS);
  const start = `(current_date - (i % 90))`;
  const statements = [
    `INSERT INTO "Patient" ("id", "programId", "firstName", "lastName", "dateOfBirth", "recordNumber")
     SELECT ${id('patient', 'i')}, ${program('i')}, 'Scale', 'Patient ' || lpad(i::text, 6, '0'), date '1970-01-01' + (i % 15000), 'S-' || i FROM ${series}`,
    `INSERT INTO "Episode" ("id", "patientId", "programId", "startDate") SELECT ${episode}, ${id('patient', 'i')}, ${program('i')}, ${start} FROM ${series}`,
    `INSERT INTO "CareTeamMember" ("id", "episodeId", "staffId", "role", "fromDate")
     SELECT gen_random_uuid(), ${episode}, member.staff, member.role::"CareTeamRole", ${start} - 1
     FROM ${series}, LATERAL (VALUES (${therapist}, 'PRIMARY_THERAPIST'), (${staff('i', 'P', 5)}, 'PRESCRIBER'), (${staff('i', 'C', 5)}, 'CASE_MANAGER'),
       (pg_temp.scale_id('staff:' || (i % ${PROGRAMS}) || ':F:' || (i % 3)), 'GROUP_FACILITATOR')) AS member(staff, role)`,
    `INSERT INTO "TreatmentPlan" ("id", "episodeId", "status", "levelOfCare", "reviewCadenceDays", "nextReviewDate", "createdById", "updatedAt")
     SELECT ${plan}, ${episode}, 'ACTIVE', (ARRAY[${LEVELS.map((level) => `'${level}'`)}])[1 + (i % ${PROGRAMS}) % 3]::"LevelOfCare", 30, current_date + (i % 60) - 10, ${therapist}, now() FROM ${series}`,
    `INSERT INTO "SafetyPlan" ("id", "planId", "warningSigns", "copingStrategies", "peopleAndPlaces", "crisisLines", "updatedById", "updatedAt")
     SELECT gen_random_uuid(), ${plan}, '{Isolating}', '{Walk}', '{Sister}', '[{"name": "988", "number": "988"}]', ${therapist}, now() FROM ${series}`,
    `INSERT INTO "Goal" ("id", "planId", "statement", "ownerId", "status", "createdById", "updatedAt")
     SELECT ${id('goal', 'i')}, ${plan}, 'Stay safe and sober', ${therapist}, 'ACTIVE', ${therapist}, now() FROM ${series}`,
    `INSERT INTO "Objective" ("id", "goalId", "description", "measuredBy", "target", "targetDate", "createdById")
     SELECT gen_random_uuid(), ${id('goal', 'i')}, 'Objective ' || k, 'Self-report', 1, current_date + ((i + k * 17) % 60) - 5, ${therapist} FROM ${series}, generate_series(1, 2) k`,
    `INSERT INTO "TriggerDate" ("id", "planId", "label", "date", "recursAnnually", "leadTimeDays", "createdById")
     SELECT gen_random_uuid(), ${plan}, 'Anniversary', date '2020-01-01' + (i % 366), true, 7, ${therapist} FROM ${series}`,
    `INSERT INTO "Consent" ("id", "patientId", "recipientType", "recipientName", "purpose", "allCategories", "categories", "startsOn", "expiresOn", "recordedById")
     SELECT gen_random_uuid(), ${id('patient', 'i')}, 'ORGANIZATION', 'Primary care', 'Coordination', true, '{}', current_date - 30, current_date + (i % 120), ${therapist} FROM ${series}`,
    `INSERT INTO "OutcomeMeasure" ("id", "planId", "type", "score", "administeredAt", "recordedById")
     SELECT gen_random_uuid(), ${plan}, type::"OutcomeMeasureType", 10, now() - ((i % days) || ' days')::interval, ${therapist}
     FROM ${series}, (VALUES ('PHQ9', 8), ('GAD7', 8), ('PCL5', 16)) AS m(type, days)`,
    `INSERT INTO "IndividualSession" ("id", "planId", "therapistId", "type", "status", "scheduledStart", "scheduledEnd", "createdById")
     SELECT gen_random_uuid(), ${plan}, ${therapist}, 'THERAPY', status::"SessionStatus", at, at + interval '1 hour', ${therapist}
     FROM ${series}, LATERAL (VALUES ('COMPLETED', date_trunc('week', now()) - interval '5 days' + interval '15 hours'),
       ('SCHEDULED', current_date + 1 + ((i % 8) || ' hours')::interval + interval '8 hours')) AS s(status, at)
     WHERE status = 'COMPLETED' OR i % 10 = 0`,
    `INSERT INTO "GroupAttendance" ("id", "groupSessionId", "patientId", "status", "minutesAttended", "recordedById")
     SELECT gen_random_uuid(), g."id", ${id('patient', 'i')}, CASE WHEN i % 7 = 0 THEN 'ABSENT' ELSE 'PRESENT' END::"AttendanceStatus", CASE WHEN i % 7 = 0 THEN 0 ELSE 180 END, g."facilitatorId"
     FROM ${series} JOIN "GroupSession" g ON g."programId" = ${program('i')} AND g."startsAt" >= ${start}`,
  ];
  for (const statement of statements) await db.query(statement);
  // What autovacuum does to a clinic's tables over days (and, for attendance, every 5,000 rows): statistics,
  // and the visibility map that lets the sweeps read attendance from its index alone.
  await db.query('VACUUM (ANALYZE)');
}
