-- AlterTable
ALTER TABLE "Problem" ADD COLUMN     "icd10Code" TEXT,
ADD COLUMN     "icd10Display" TEXT,
ADD COLUMN     "snomedCode" TEXT,
ADD COLUMN     "snomedDisplay" TEXT;
