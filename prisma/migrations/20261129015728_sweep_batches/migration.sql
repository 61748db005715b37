-- AlterTable
ALTER TABLE "SweepRun" ADD COLUMN     "batches" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "instant" TIMESTAMP(3),
ADD COLUMN     "lastDurationMs" INTEGER,
ADD COLUMN     "runId" UUID,
ADD COLUMN     "startedAt" TIMESTAMP(3),
ALTER COLUMN "completedAt" DROP NOT NULL;

-- CreateTable
CREATE TABLE "SweepBatch" (
    "id" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "sweep" TEXT NOT NULL,
    "afterId" UUID,
    "throughId" UUID,
    "instant" TIMESTAMP(3) NOT NULL,
    "doneAt" TIMESTAMP(3),
    "doneBy" TEXT,
    "stored" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SweepBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SweepBatch_runId_doneAt_idx" ON "SweepBatch"("runId", "doneAt");
