import { createServer } from 'node:http';
import pg from 'pg';

/**
 * The floors of bench:plan: a bare node:http server answering the same whole plan as JSON from the same
 * database through pg, with plain SQL one query per table (/plan), or with one statement that builds the
 * whole JSON in PostgreSQL (/plan-one). No framework, no auth, no GraphQL.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const q = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows;

async function plan(patientId: string) {
  const [plan] = await q(`SELECT p.*, e."patientId", e."programId" FROM "TreatmentPlan" p JOIN "Episode" e ON e.id = p."episodeId" WHERE e."patientId" = $1 AND p.status <> 'CLOSED'`, [patientId]);
  if (!plan) return null;
  const byPlan = (table: string, order = '"id"') => q(`SELECT * FROM "${table}" WHERE "planId" = $1 ORDER BY ${order}`, [plan.id]);
  // Every read at once, as the floor of what one plan costs in plain SQL.
  const reads = {
    patient: q('SELECT * FROM "Patient" WHERE id = $1', [patientId]),
    program: q('SELECT * FROM "Program" WHERE id = $1', [plan.programId]),
    careTeam: q('SELECT * FROM "CareTeamMember" WHERE "episodeId" = $1 ORDER BY "fromDate", id', [plan.episodeId]),
    staff: q('SELECT * FROM "StaffMember" WHERE "programId" = $1', [plan.programId]),
    problems: byPlan('Problem', '"createdAt", id'),
    triggerDates: byPlan('TriggerDate', 'date, id'),
    safetyPlan: byPlan('SafetyPlan'),
    levelChanges: byPlan('LevelOfCareChange', '"changedAt", id'),
    phaseChanges: byPlan('PhaseChange', '"changedAt", id'),
    goals: byPlan('Goal', '"createdAt", id'),
    goalProblems: q('SELECT gp.* FROM "GoalProblem" gp JOIN "Goal" g ON g.id = gp."goalId" WHERE g."planId" = $1', [plan.id]),
    objectives: q('SELECT o.* FROM "Objective" o JOIN "Goal" g ON g.id = o."goalId" WHERE g."planId" = $1 ORDER BY o."createdAt", o.id', [plan.id]),
    interventions: q('SELECT i.* FROM "Intervention" i JOIN "Goal" g ON g.id = i."goalId" WHERE g."planId" = $1 ORDER BY i."createdAt", i.id', [plan.id]),
    notes: byPlan('ClinicalNote', '"writtenAt", id'),
    measures: byPlan('OutcomeMeasure', '"administeredAt", id'),
    tasks: byPlan('Task', '"dueDate", id'),
    attendance: q('SELECT * FROM "GroupAttendance" WHERE "patientId" = $1', [patientId]),
    groups: q('SELECT s.* FROM "GroupSession" s JOIN "GroupAttendance" a ON a."groupSessionId" = s.id WHERE a."patientId" = $1 ORDER BY s."startsAt"', [patientId]),
    sessions: byPlan('IndividualSession', '"scheduledStart", id'),
    sessionGoals: q('SELECT sg.* FROM "IndividualSessionGoal" sg JOIN "IndividualSession" s ON s.id = sg."sessionId" WHERE s."planId" = $1', [plan.id]),
    medications: byPlan('MedicationChange', '"effectiveAt", id'),
    medicationGoals: q('SELECT mg.* FROM "MedicationChangeGoal" mg JOIN "MedicationChange" m ON m.id = mg."medicationChangeId" WHERE m."planId" = $1', [plan.id]),
    revisions: q('SELECT * FROM "PlanRevision" WHERE "planId" = $1 ORDER BY "createdAt" DESC, id DESC LIMIT 50', [plan.id]),
  };
  const rows = await Promise.all(Object.values(reads));
  return { plan, ...Object.fromEntries(Object.keys(reads).map((name, index) => [name, rows[index]])) };
}

/** Rows of a table under the plan, as a JSON array in the order given. */
const rowsOf = (from: string, where: string, order: string) => `(SELECT coalesce(json_agg(x ORDER BY ${order}), '[]') FROM ${from} WHERE ${where})`;

/** The whole plan in one statement: PostgreSQL builds the JSON, Node passes it on. */
const ONE_STATEMENT = `
  WITH p AS (SELECT p.*, e."patientId", e."programId" FROM "TreatmentPlan" p JOIN "Episode" e ON e.id = p."episodeId" WHERE e."patientId" = $1 AND p.status <> 'CLOSED')
  SELECT json_build_object(
    'plan', to_json(p),
    'patient', (SELECT to_json(x) FROM "Patient" x WHERE x.id = p."patientId"),
    'program', (SELECT to_json(x) FROM "Program" x WHERE x.id = p."programId"),
    'careTeam', ${rowsOf('"CareTeamMember" x', 'x."episodeId" = p."episodeId"', 'x."fromDate", x.id')},
    'staff', ${rowsOf('"StaffMember" x', 'x."programId" = p."programId"', 'x.id')},
    'problems', ${rowsOf('"Problem" x', 'x."planId" = p.id', 'x."createdAt", x.id')},
    'triggerDates', ${rowsOf('"TriggerDate" x', 'x."planId" = p.id', 'x.date, x.id')},
    'safetyPlan', ${rowsOf('"SafetyPlan" x', 'x."planId" = p.id', 'x.id')},
    'levelChanges', ${rowsOf('"LevelOfCareChange" x', 'x."planId" = p.id', 'x."changedAt", x.id')},
    'phaseChanges', ${rowsOf('"PhaseChange" x', 'x."planId" = p.id', 'x."changedAt", x.id')},
    'goals', ${rowsOf('"Goal" x', 'x."planId" = p.id', 'x."createdAt", x.id')},
    'goalProblems', ${rowsOf('"GoalProblem" x JOIN "Goal" g ON g.id = x."goalId"', 'g."planId" = p.id', 'x."goalId"')},
    'objectives', ${rowsOf('"Objective" x JOIN "Goal" g ON g.id = x."goalId"', 'g."planId" = p.id', 'x."createdAt", x.id')},
    'interventions', ${rowsOf('"Intervention" x JOIN "Goal" g ON g.id = x."goalId"', 'g."planId" = p.id', 'x."createdAt", x.id')},
    'notes', ${rowsOf('"ClinicalNote" x', 'x."planId" = p.id', 'x."writtenAt", x.id')},
    'measures', ${rowsOf('"OutcomeMeasure" x', 'x."planId" = p.id', 'x."administeredAt", x.id')},
    'tasks', ${rowsOf('"Task" x', 'x."planId" = p.id', 'x."dueDate", x.id')},
    'attendance', ${rowsOf('"GroupAttendance" x', 'x."patientId" = p."patientId"', 'x.id')},
    'groups', ${rowsOf('"GroupSession" x JOIN "GroupAttendance" a ON a."groupSessionId" = x.id', 'a."patientId" = p."patientId"', 'x."startsAt"')},
    'sessions', ${rowsOf('"IndividualSession" x', 'x."planId" = p.id', 'x."scheduledStart", x.id')},
    'sessionGoals', ${rowsOf('"IndividualSessionGoal" x JOIN "IndividualSession" s ON s.id = x."sessionId"', 's."planId" = p.id', 'x."sessionId"')},
    'medications', ${rowsOf('"MedicationChange" x', 'x."planId" = p.id', 'x."effectiveAt", x.id')},
    'medicationGoals', ${rowsOf('"MedicationChangeGoal" x JOIN "MedicationChange" m ON m.id = x."medicationChangeId"', 'm."planId" = p.id', 'x."medicationChangeId"')},
    'revisions', (SELECT coalesce(json_agg(x), '[]') FROM (SELECT * FROM "PlanRevision" WHERE "planId" = p.id ORDER BY "createdAt" DESC, id DESC LIMIT 50) x)
  )::text AS "body" FROM p`;

createServer(async (req, res) => {
  if (req.url === '/health/live') return void res.writeHead(200).end('ok');
  try {
    const url = new URL(req.url ?? '/', 'http://floor');
    const patientId = url.searchParams.get('patientId') ?? '';
    const body = url.pathname === '/plan-one' ? (await q(ONE_STATEMENT, [patientId]))[0]?.body : JSON.stringify(await plan(patientId));
    res.writeHead(body && body !== 'null' ? 200 : 404, { 'content-type': 'application/json' }).end(body);
  } catch {
    res.writeHead(500).end();
  }
}).listen(Number(process.env.PORT), '127.0.0.1');
