-- CreateEnum
CREATE TYPE "GroupOccurrenceChange" AS ENUM ('CANCELLED', 'MOVED');

-- AlterTable
ALTER TABLE "GroupSession" ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "coFacilitatorIds" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "occursOn" DATE,
ADD COLUMN     "scheduleId" UUID;

-- CreateTable
CREATE TABLE "GroupSchedule" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "type" "GroupType" NOT NULL,
    "topic" TEXT NOT NULL,
    "facilitatorIds" UUID[],
    "weekdays" INTEGER[],
    "startTime" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "modality" "Modality" NOT NULL,
    "meetingLink" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "generatedThrough" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupScheduleException" (
    "id" UUID NOT NULL,
    "scheduleId" UUID NOT NULL,
    "occursOn" DATE NOT NULL,
    "change" "GroupOccurrenceChange" NOT NULL,
    "movedStartsAt" TIMESTAMP(3),
    "reason" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupScheduleException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupEnrollment" (
    "id" UUID NOT NULL,
    "scheduleId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "fromDate" DATE NOT NULL,
    "untilDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "enrolledById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupEnrollment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GroupSchedule_programId_id_idx" ON "GroupSchedule"("programId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "GroupScheduleException_scheduleId_occursOn_key" ON "GroupScheduleException"("scheduleId", "occursOn");

-- CreateIndex
CREATE INDEX "GroupEnrollment_scheduleId_fromDate_idx" ON "GroupEnrollment"("scheduleId", "fromDate");

-- CreateIndex
CREATE INDEX "GroupEnrollment_patientId_scheduleId_idx" ON "GroupEnrollment"("patientId", "scheduleId");

-- CreateIndex
CREATE INDEX "GroupEnrollment_planId_idx" ON "GroupEnrollment"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupSession_scheduleId_occursOn_key" ON "GroupSession"("scheduleId", "occursOn");

-- AddForeignKey
ALTER TABLE "GroupSession" ADD CONSTRAINT "GroupSession_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "GroupSchedule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupSchedule" ADD CONSTRAINT "GroupSchedule_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupScheduleException" ADD CONSTRAINT "GroupScheduleException_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "GroupSchedule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupEnrollment" ADD CONSTRAINT "GroupEnrollment_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "GroupSchedule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupEnrollment" ADD CONSTRAINT "GroupEnrollment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
