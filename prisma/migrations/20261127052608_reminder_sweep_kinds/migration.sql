-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'REVIEW_DUE';
ALTER TYPE "NotificationKind" ADD VALUE 'REVIEW_OVERDUE';
ALTER TYPE "NotificationKind" ADD VALUE 'TRIGGER_DATE_APPROACHING';
ALTER TYPE "NotificationKind" ADD VALUE 'OBJECTIVE_TARGET_APPROACHING';
ALTER TYPE "NotificationKind" ADD VALUE 'SESSION_TOMORROW';
ALTER TYPE "NotificationKind" ADD VALUE 'CONSENT_EXPIRING';
