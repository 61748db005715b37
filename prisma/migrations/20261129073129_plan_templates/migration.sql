-- AlterTable
ALTER TABLE "Problem" ADD COLUMN     "templateId" UUID;

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "templateId" UUID;

-- AlterTable
ALTER TABLE "Objective" ADD COLUMN     "templateId" UUID;

-- AlterTable
ALTER TABLE "Intervention" ADD COLUMN     "templateId" UUID;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "templateId" UUID;

-- CreateTable
CREATE TABLE "PlanTemplate" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanTemplate_programId_name_key" ON "PlanTemplate"("programId", "name");
