-- AlterTable
ALTER TABLE "IntakeAssessment" ADD COLUMN     "referralArrived" BOOLEAN,
ADD COLUMN     "referralCheckNote" TEXT,
ADD COLUMN     "referralCheckedAt" TIMESTAMP(3),
ADD COLUMN     "referralFollowUpDue" DATE;
