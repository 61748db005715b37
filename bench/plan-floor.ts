import { createServer } from 'node:http';
import pg from 'pg';

/**
 * The floor of bench:plan: a bare node:http server answering the same whole plan as JSON from the same
 * database with plain SQL, one query per table, through pg. No framework, no auth, no GraphQL.
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

createServer(async (req, res) => {
  if (req.url === '/health/live') return void res.writeHead(200).end('ok');
  try {
    const body = await plan(new URL(req.url ?? '/', 'http://floor').searchParams.get('patientId') ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  } catch {
    res.writeHead(500).end();
  }
}).listen(Number(process.env.PORT), '127.0.0.1');
