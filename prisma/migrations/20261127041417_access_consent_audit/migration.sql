-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('ALLOWED', 'REFUSED');

-- CreateEnum
CREATE TYPE "AuditAccess" AS ENUM ('READ', 'WRITE');

-- CreateEnum
CREATE TYPE "ConsentRecipientType" AS ENUM ('PERSON', 'ORGANIZATION', 'FAMILY_MEMBER');

-- CreateEnum
CREATE TYPE "DisclosureCategory" AS ENUM ('PROBLEMS_AND_GOALS', 'MEDICATIONS', 'OUTCOME_MEASURES', 'PROGRESS_NOTES', 'SAFETY_PLAN', 'ATTENDANCE', 'SUBSTANCE_USE', 'SUD_COUNSELING_NOTES');

-- AlterTable
ALTER TABLE "CareTeamMember" ADD COLUMN     "removedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "MedicationChange" ADD COLUMN     "forSubstanceUse" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ClinicalNote" ADD COLUMN     "sudCounseling" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "staffId" UUID,
    "patientId" UUID,
    "operation" TEXT NOT NULL,
    "access" "AuditAccess" NOT NULL,
    "recordTypes" TEXT[],
    "outcome" "AuditOutcome" NOT NULL,
    "reason" TEXT,
    "breakGlass" BOOLEAN NOT NULL DEFAULT false,
    "requestId" TEXT NOT NULL,
    "clientAddress" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BreakGlassAccess" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BreakGlassAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "recipientType" "ConsentRecipientType" NOT NULL,
    "recipientName" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "allCategories" BOOLEAN NOT NULL,
    "categories" "DisclosureCategory"[],
    "startsOn" DATE NOT NULL,
    "expiresOn" DATE NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedById" UUID,
    "revocationReason" TEXT,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Disclosure" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "consentId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "recipientType" "ConsentRecipientType" NOT NULL,
    "recipientName" TEXT NOT NULL,
    "categories" "DisclosureCategory"[],
    "disclosedById" UUID NOT NULL,
    "disclosedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Disclosure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEvent_patientId_occurredAt_idx" ON "AuditEvent"("patientId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_staffId_occurredAt_idx" ON "AuditEvent"("staffId", "occurredAt");

-- CreateIndex
CREATE INDEX "BreakGlassAccess_patientId_staffId_expiresAt_idx" ON "BreakGlassAccess"("patientId", "staffId", "expiresAt");

-- CreateIndex
CREATE INDEX "Consent_patientId_recordedAt_idx" ON "Consent"("patientId", "recordedAt");

-- CreateIndex
CREATE INDEX "Disclosure_patientId_disclosedAt_idx" ON "Disclosure"("patientId", "disclosedAt");

-- AddForeignKey
ALTER TABLE "BreakGlassAccess" ADD CONSTRAINT "BreakGlassAccess_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disclosure" ADD CONSTRAINT "Disclosure_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "Consent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit trail and the accounting of disclosures are append-only, whatever role the API connects as.
CREATE FUNCTION "refuse_change_to_append_only_table"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
END;
$$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_append_only_table"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_to_append_only_table"();
CREATE TRIGGER "Disclosure_append_only" BEFORE UPDATE OR DELETE ON "Disclosure"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_append_only_table"();
CREATE TRIGGER "Disclosure_no_truncate" BEFORE TRUNCATE ON "Disclosure"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_to_append_only_table"();
