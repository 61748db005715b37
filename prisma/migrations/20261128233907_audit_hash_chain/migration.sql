-- AlterEnum
ALTER TYPE "AuditOutcome" ADD VALUE 'FAILED';

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "previousHash" TEXT,
ADD COLUMN     "seq" BIGINT NOT NULL DEFAULT 0;

-- The hash of an audit event: over the hash of the event before it and every field of its own, as a JSON
-- array (unambiguous, NULLs kept). The chain verifier (npm run audit:verify) recomputes it.
CREATE FUNCTION "audit_event_hash"(e "AuditEvent", previous TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(json_build_array(
    previous, e."seq", e."id", to_char(e."occurredAt", 'YYYY-MM-DD"T"HH24:MI:SS.US'), e."staffId", e."patientId", e."operation",
    e."access", e."recordTypes", e."outcome", e."reason", e."breakGlass", e."requestId", e."clientAddress")::text, 'UTF8')), 'hex')
$$;

-- Events already written are chained in the order they occurred (the table refuses updates otherwise).
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
DO $$
DECLARE
  event "AuditEvent";
  position BIGINT := 0;
  previous TEXT := NULL;
BEGIN
  FOR event IN SELECT * FROM "AuditEvent" ORDER BY "occurredAt", "id" LOOP
    position := position + 1;
    event."seq" := position;
    UPDATE "AuditEvent" SET "seq" = position, "previousHash" = previous, "hash" = "audit_event_hash"(event, previous) WHERE "id" = event."id";
    previous := "audit_event_hash"(event, previous);
  END LOOP;
END $$;
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");

-- Each new event takes the next place in the chain. The lock (held to the end of the inserting
-- transaction) makes the chain one line even when requests write at the same moment; rows inserted
-- earlier by the same statement are visible here, so one INSERT of many events chains them in turn.
CREATE FUNCTION "chain_audit_event"() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  last RECORD;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('AuditEvent hash chain'));
  SELECT "seq", "hash" INTO last FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1;
  NEW."seq" := coalesce(last."seq", 0) + 1;
  NEW."previousHash" := last."hash";
  NEW."hash" := "audit_event_hash"(NEW, last."hash");
  RETURN NEW;
END $$;
CREATE TRIGGER "AuditEvent_chain" BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "chain_audit_event"();

-- Clinical notes and the plan's history are immutable like the audit trail, whatever role connects:
-- no UPDATE, DELETE or TRUNCATE (a TRUNCATE ... CASCADE from a parent table fires these too).
CREATE TRIGGER "ClinicalNote_no_truncate" BEFORE TRUNCATE ON "ClinicalNote"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_to_append_only_table"();
CREATE TRIGGER "PlanRevision_append_only" BEFORE UPDATE OR DELETE ON "PlanRevision"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_append_only_table"();
CREATE TRIGGER "PlanRevision_no_truncate" BEFORE TRUNCATE ON "PlanRevision"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_to_append_only_table"();
