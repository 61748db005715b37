-- AlterTable
ALTER TABLE "PlanRevision" ADD COLUMN     "authorRule" TEXT,
ALTER COLUMN "authorId" DROP NOT NULL;

-- Exactly one author: a staff member or a rule.
ALTER TABLE "PlanRevision" ADD CONSTRAINT "PlanRevision_one_author" CHECK (("authorId" IS NULL) <> ("authorRule" IS NULL));
