-- AlterTable
ALTER TABLE "TreatmentPlan" ADD COLUMN     "measureSchedule" JSONB;
