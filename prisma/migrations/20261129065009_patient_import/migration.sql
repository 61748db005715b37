-- CreateEnum
CREATE TYPE "PatientMatch" AS ENUM ('IDENTIFIER', 'NAME_AND_BIRTH_DATE', 'REGISTERED');

-- CreateEnum
CREATE TYPE "ImportedItemKind" AS ENUM ('CONDITION', 'MEDICATION', 'ALLERGY');

-- CreateEnum
CREATE TYPE "ImportedItemStatus" AS ENUM ('PENDING', 'CONFIRMED', 'DISMISSED');

-- CreateTable
CREATE TABLE "PatientIdentifier" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "system" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PatientIdentifier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatientImport" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "bundleId" TEXT,
    "matchedBy" "PatientMatch" NOT NULL,
    "importedById" UUID NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PatientImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportedItem" (
    "id" UUID NOT NULL,
    "importId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "ImportedItemKind" NOT NULL,
    "status" "ImportedItemStatus" NOT NULL DEFAULT 'PENDING',
    "display" TEXT NOT NULL,
    "snomedCode" TEXT,
    "snomedDisplay" TEXT,
    "icd10Code" TEXT,
    "icd10Display" TEXT,
    "rxNormCode" TEXT,
    "detail" TEXT,
    "sourceReference" TEXT NOT NULL,
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMP(3),
    "resultId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PatientIdentifier_patientId_idx" ON "PatientIdentifier"("patientId");

-- CreateIndex
CREATE UNIQUE INDEX "PatientIdentifier_programId_system_value_key" ON "PatientIdentifier"("programId", "system", "value");

-- CreateIndex
CREATE INDEX "PatientImport_patientId_importedAt_idx" ON "PatientImport"("patientId", "importedAt");

-- CreateIndex
CREATE INDEX "ImportedItem_planId_createdAt_idx" ON "ImportedItem"("planId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportedItem_importId_idx" ON "ImportedItem"("importId");

-- AddForeignKey
ALTER TABLE "PatientIdentifier" ADD CONSTRAINT "PatientIdentifier_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatientImport" ADD CONSTRAINT "PatientImport_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportedItem" ADD CONSTRAINT "ImportedItem_importId_fkey" FOREIGN KEY ("importId") REFERENCES "PatientImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportedItem" ADD CONSTRAINT "ImportedItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
