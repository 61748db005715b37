-- CreateEnum
CREATE TYPE "RecommendedLevel" AS ENUM ('WITHDRAWAL_MANAGEMENT', 'RESIDENTIAL', 'PHP', 'IOP', 'VIRTUAL_IOP');

-- CreateEnum
CREATE TYPE "AssessmentOutcome" AS ENUM ('PENDING', 'ADMITTED', 'REFERRED_OUT');

-- CreateTable
CREATE TABLE "IntakeAssessment" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "assessedById" UUID NOT NULL,
    "assessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "presentingConcerns" TEXT NOT NULL,
    "substanceUse" JSONB NOT NULL,
    "traumaSummary" TEXT,
    "traumaExperiences" TEXT[],
    "pcl5" INTEGER,
    "phq9" INTEGER,
    "phq9Item9" INTEGER,
    "gad7" INTEGER,
    "auditC" INTEGER,
    "withdrawalRisk" BOOLEAN NOT NULL,
    "asamRatings" JSONB NOT NULL,
    "recommendedLevel" "RecommendedLevel" NOT NULL,
    "recommendationReasons" TEXT[],
    "decidedLevel" "RecommendedLevel",
    "overrideReason" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "outcome" "AssessmentOutcome" NOT NULL DEFAULT 'PENDING',
    "episodeId" UUID,
    "referralReason" TEXT,
    "referredTo" TEXT,

    CONSTRAINT "IntakeAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IntakeAssessment_patientId_assessedAt_idx" ON "IntakeAssessment"("patientId", "assessedAt");

-- AddForeignKey
ALTER TABLE "IntakeAssessment" ADD CONSTRAINT "IntakeAssessment_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
