-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('MEDICATION_CHANGED', 'MISSED_GROUPS', 'PHASE_CHANGED', 'LEVEL_OF_CARE_CHANGED', 'REFERRED_OUT', 'SELF_HARM_RISK', 'SCORE_WORSENED', 'CONSENT_REVOKED', 'EMERGENCY_ACCESS');

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "reminderKey" TEXT;

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "subjectId" UUID NOT NULL,
    "actorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "relayedAt" TIMESTAMP(3),

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "recipientId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "patientId" UUID,
    "planId" UUID,
    "subjectId" UUID,
    "message" TEXT NOT NULL,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "taskId" UUID,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutboxEvent_relayedAt_createdAt_idx" ON "OutboxEvent"("relayedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_recipientId_readAt_createdAt_idx" ON "Notification"("recipientId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Task_reminderKey_key" ON "Task"("reminderKey");
