import { createServer } from 'node:http';
import pg from 'pg';

/**
 * The floor of bench:write: a bare node:http server doing each write's INSERT and its revision in one
 * transaction through pg. No framework, no auth, no access check, no audit, no outbox.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });

/** Each write's INSERT (the record) from a JSON body; $1 is the body. */
const INSERTS: Record<string, string> = {
  note: `INSERT INTO "ClinicalNote" ("id", "planId", "kind", "text", "noteDate", "authorId")
         SELECT gen_random_uuid(), (b->>'planId')::uuid, 'PROGRESS', b->>'text', current_date, (b->>'staffId')::uuid FROM (SELECT $1::jsonb AS b) s RETURNING "id", "planId"`,
  measure: `INSERT INTO "OutcomeMeasure" ("id", "planId", "type", "score", "administeredAt", "recordedById")
         SELECT gen_random_uuid(), (b->>'planId')::uuid, 'GAD7', (b->>'score')::int, now(), (b->>'staffId')::uuid FROM (SELECT $1::jsonb AS b) s RETURNING "id", "planId"`,
  attendance: `INSERT INTO "GroupAttendance" ("id", "groupSessionId", "patientId", "status", "recordedById")
         SELECT gen_random_uuid(), (b->>'groupSessionId')::uuid, (b->>'patientId')::uuid, 'PRESENT', (b->>'staffId')::uuid FROM (SELECT $1::jsonb AS b) s
         ON CONFLICT ("groupSessionId", "patientId") DO UPDATE SET "status" = EXCLUDED."status" RETURNING "id", (SELECT (b->>'planId')::uuid FROM (SELECT $1::jsonb AS b) s) AS "planId"`,
  medication: `INSERT INTO "MedicationChange" ("id", "planId", "prescriberId", "medicationName", "dose", "route", "frequency", "changeType", "reason", "targetSymptoms", "effectiveAt")
         SELECT gen_random_uuid(), (b->>'planId')::uuid, (b->>'staffId')::uuid, b->>'medicationName', '10 mg', 'oral', 'daily', 'START', 'Sleep', '{}', now() FROM (SELECT $1::jsonb AS b) s RETURNING "id", "planId"`,
};

async function write(kind: string, body: string): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const [row] = (await client.query(INSERTS[kind], [body])).rows;
    await client.query(`INSERT INTO "PlanRevision" ("id", "planId", "authorId", "entityType", "entityId", "action", "changes") VALUES (gen_random_uuid(), $1, $2, $3, $4, 'CREATED', $5)`, [
      row.planId,
      JSON.parse(body).staffId,
      kind,
      row.id,
      JSON.stringify([{ field: 'created', from: null, to: 'true' }]),
    ]);
    await client.query('COMMIT');
    return row.id;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

createServer((req, res) => {
  if (req.url === '/health/live') return void res.writeHead(200).end('ok');
  const kind = (req.url ?? '').slice(1);
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    if (!INSERTS[kind]) return void res.writeHead(404).end();
    write(kind, Buffer.concat(chunks).toString()).then(
      (id) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id })),
      () => res.writeHead(500).end(),
    );
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
