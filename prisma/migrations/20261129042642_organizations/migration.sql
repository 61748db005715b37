-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_name_key" ON "Organization"("name");

-- Programs that exist already belong to one organization, created for them.
ALTER TABLE "Program" ADD COLUMN "organizationId" UUID;
INSERT INTO "Organization" ("id", "name") SELECT gen_random_uuid(), 'OnePlan organization' WHERE EXISTS (SELECT 1 FROM "Program");
UPDATE "Program" SET "organizationId" = (SELECT "id" FROM "Organization" LIMIT 1);
ALTER TABLE "Program" ALTER COLUMN "organizationId" SET NOT NULL;

-- AlterTable
ALTER TABLE "StaffMember" ADD COLUMN "organizationId" UUID,
ALTER COLUMN "programId" DROP NOT NULL;

-- A staff member belongs to exactly one program, or (an organization admin, and only they) to one organization.
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_program_or_organization" CHECK (
    num_nonnulls("programId", "organizationId") = 1
    AND ("organizationId" IS NOT NULL) = ("discipline" = 'ORGANIZATION_ADMIN')
);

-- CreateIndex
CREATE INDEX "Program_organizationId_name_id_idx" ON "Program"("organizationId", "name", "id");

-- CreateIndex
CREATE INDEX "StaffMember_organizationId_idx" ON "StaffMember"("organizationId");

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
