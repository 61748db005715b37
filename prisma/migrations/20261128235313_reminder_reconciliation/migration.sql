-- AlterTable
ALTER TABLE "OutboxEvent" ADD COLUMN     "handledAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SweepRun" (
    "sweep" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SweepRun_pkey" PRIMARY KEY ("sweep")
);

-- CreateIndex
CREATE INDEX "OutboxEvent_handledAt_relayedAt_idx" ON "OutboxEvent"("handledAt", "relayedAt");

-- Events relayed before this migration were handled under the old bookkeeping.
UPDATE "OutboxEvent" SET "handledAt" = "relayedAt" WHERE "relayedAt" IS NOT NULL;
