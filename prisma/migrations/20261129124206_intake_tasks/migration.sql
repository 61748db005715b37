-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "assessmentId" UUID,
ALTER COLUMN "planId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "IntakeAssessment" ADD COLUMN     "safetyCheckNote" TEXT,
ADD COLUMN     "safetyCheckedAt" TIMESTAMP(3),
ADD COLUMN     "safetyCheckedById" UUID;

-- CreateIndex
CREATE INDEX "Task_assessmentId_idx" ON "Task"("assessmentId");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "IntakeAssessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A task belongs to a plan or, before admission, to the intake assessment that raised it.
ALTER TABLE "Task" ADD CONSTRAINT "Task_plan_or_assessment" CHECK ("planId" IS NOT NULL OR "assessmentId" IS NOT NULL);
