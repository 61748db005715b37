-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'MEASURE_DUE';
ALTER TYPE "NotificationKind" ADD VALUE 'CARE_HOURS_BELOW_BAND';
ALTER TYPE "NotificationKind" ADD VALUE 'DAILY_AGENDA';

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "agendaTime" TEXT NOT NULL DEFAULT '07:00';

-- CreateTable
CREATE TABLE "MeasureSchedule" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "type" "OutcomeMeasureType" NOT NULL,
    "everyDays" INTEGER NOT NULL,

    CONSTRAINT "MeasureSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeasureSchedule_programId_type_key" ON "MeasureSchedule"("programId", "type");

-- AddForeignKey
ALTER TABLE "MeasureSchedule" ADD CONSTRAINT "MeasureSchedule_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
