-- CreateEnum
CREATE TYPE "SupportRole" AS ENUM ('FAMILY', 'PARTNER', 'SPONSOR', 'OTHER');

-- CreateEnum
CREATE TYPE "SupportUpdateContent" AS ENUM ('APPOINTMENTS', 'CRISIS_LINES', 'HOW_TO_HELP');

-- AlterTable
ALTER TABLE "GroupAttendance" ADD COLUMN     "supportIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- AlterTable
ALTER TABLE "IndividualSession" ADD COLUMN     "supportIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "supportId" UUID;

-- AlterTable
ALTER TABLE "Disclosure" ADD COLUMN     "supportId" UUID;

-- CreateTable
CREATE TABLE "Support" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "role" "SupportRole" NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "endedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Support_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportUpdate" (
    "id" UUID NOT NULL,
    "supportId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "disclosureId" UUID NOT NULL,
    "contents" "SupportUpdateContent"[],
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sentById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "emailedAt" TIMESTAMP(3),

    CONSTRAINT "SupportUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Support_patientId_createdAt_idx" ON "Support"("patientId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SupportUpdate_disclosureId_key" ON "SupportUpdate"("disclosureId");

-- CreateIndex
CREATE INDEX "SupportUpdate_patientId_createdAt_idx" ON "SupportUpdate"("patientId", "createdAt");

-- AddForeignKey
ALTER TABLE "Support" ADD CONSTRAINT "Support_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportUpdate" ADD CONSTRAINT "SupportUpdate_supportId_fkey" FOREIGN KEY ("supportId") REFERENCES "Support"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_supportId_fkey" FOREIGN KEY ("supportId") REFERENCES "Support"("id") ON DELETE SET NULL ON UPDATE CASCADE;
