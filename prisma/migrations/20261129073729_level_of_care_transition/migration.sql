-- AlterTable
ALTER TABLE "LevelOfCareChange" ADD COLUMN     "ratings" JSONB,
ADD COLUMN     "reviewCadenceDays" INTEGER;
