-- CreateEnum
CREATE TYPE "DischargeReason" AS ENUM ('COMPLETED', 'STEPPED_DOWN_TO_OUTPATIENT', 'TRANSFERRED', 'LEFT_AGAINST_ADVICE', 'ADMINISTRATIVE');

-- CreateTable
CREATE TABLE "Discharge" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "episodeId" UUID NOT NULL,
    "reason" "DischargeReason" NOT NULL,
    "dischargeDate" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "goalOutcomes" JSONB NOT NULL,
    "measureOutcomes" JSONB NOT NULL,
    "medications" JSONB NOT NULL,
    "safetyPlan" JSONB NOT NULL,
    "triggerDates" JSONB NOT NULL,
    "followUpAt" TIMESTAMP(3) NOT NULL,
    "followUpWith" TEXT NOT NULL,
    "communitySupports" TEXT[],
    "dischargedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Discharge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Discharge_planId_key" ON "Discharge"("planId");

-- AddForeignKey
ALTER TABLE "Discharge" ADD CONSTRAINT "Discharge_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
