-- AlterTable
ALTER TABLE "OutboxEvent" ADD COLUMN     "traceParent" TEXT DEFAULT NULLIF(current_setting('oneplan.trace_parent'::text, true), ''::text);
