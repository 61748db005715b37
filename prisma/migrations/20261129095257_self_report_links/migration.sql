-- CreateEnum
CREATE TYPE "MeasureSource" AS ENUM ('STAFF', 'PATIENT');

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "selfReportLinks" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "OutcomeMeasure" ADD COLUMN     "source" "MeasureSource" NOT NULL DEFAULT 'STAFF';

-- CreateTable
CREATE TABLE "SelfReportLink" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "measureTypes" "OutcomeMeasureType"[],
    "email" TEXT NOT NULL,
    "tokenHash" TEXT,
    "expiresAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "usedAt" TIMESTAMP(3),
    "requestedById" UUID NOT NULL,
    "dueKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfReportLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SelfReportLink_tokenHash_key" ON "SelfReportLink"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "SelfReportLink_dueKey_key" ON "SelfReportLink"("dueKey");

-- CreateIndex
CREATE INDEX "SelfReportLink_planId_createdAt_idx" ON "SelfReportLink"("planId", "createdAt");

-- CreateIndex
CREATE INDEX "SelfReportLink_patientId_createdAt_idx" ON "SelfReportLink"("patientId", "createdAt");
