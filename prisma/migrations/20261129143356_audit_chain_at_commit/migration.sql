-- AlterTable
ALTER TABLE "AuditEvent" ALTER COLUMN "seq" DROP NOT NULL,
ALTER COLUMN "seq" DROP DEFAULT;

-- An event takes its place in the chain when its transaction commits, not when it is inserted: the
-- chain's lock is then held for the commit alone, instead of from the insert through every statement,
-- and every round trip to the API, that follows it in the transaction (all writes queued behind it).
-- The chain follows commit order, so each event's predecessor is one every reader could already see.
DROP TRIGGER "AuditEvent_chain" ON "AuditEvent";
CREATE OR REPLACE FUNCTION "chain_audit_event"() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  last RECORD;
  linked "AuditEvent";
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('AuditEvent hash chain'));
  SELECT "seq", "hash" INTO last FROM "AuditEvent" WHERE "seq" IS NOT NULL ORDER BY "seq" DESC LIMIT 1;
  linked := NEW;
  linked."seq" := coalesce(last."seq", 0) + 1;
  UPDATE "AuditEvent" SET "seq" = linked."seq", "previousHash" = last."hash", "hash" = "audit_event_hash"(linked, last."hash")
  WHERE "id" = NEW."id";
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "AuditEvent_chain" AFTER INSERT ON "AuditEvent" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "chain_audit_event"();

-- Events stay append-only: the one update allowed is the chain trigger linking an event not linked yet
-- (trigger depth 2: this trigger, fired by the chain trigger's UPDATE; a client's UPDATE is depth 1).
CREATE FUNCTION "refuse_change_to_audit_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."seq" IS NULL AND pg_trigger_depth() > 1 THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
END $$;
DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent";
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_audit_event"();
