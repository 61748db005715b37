-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "LevelOfCare" AS ENUM ('PHP', 'IOP', 'VIRTUAL_IOP');

-- CreateEnum
CREATE TYPE "ReferralDestination" AS ENUM ('DETOX', 'RESIDENTIAL');

-- CreateEnum
CREATE TYPE "Discipline" AS ENUM ('THERAPIST', 'GROUP_FACILITATOR', 'PRESCRIBER', 'CASE_MANAGER', 'PROGRAM_ADMIN');

-- CreateEnum
CREATE TYPE "CareTeamRole" AS ENUM ('PRIMARY_THERAPIST', 'THERAPIST', 'GROUP_FACILITATOR', 'PRESCRIBER', 'CASE_MANAGER');

-- CreateEnum
CREATE TYPE "EpisodeStatus" AS ENUM ('OPEN', 'DISCHARGED');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'ACTIVE', 'UNDER_REVIEW', 'CLOSED');

-- CreateEnum
CREATE TYPE "TreatmentPhase" AS ENUM ('STABILIZATION', 'TRAUMA_PROCESSING', 'MAINTENANCE');

-- CreateEnum
CREATE TYPE "ProblemCategory" AS ENUM ('TRAUMA', 'SUBSTANCE_USE', 'CO_OCCURRING');

-- CreateEnum
CREATE TYPE "GoalStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'ACHIEVED', 'REVISED', 'DISCONTINUED');

-- CreateEnum
CREATE TYPE "OutcomeMeasureType" AS ENUM ('PHQ9', 'GAD7', 'PCL5', 'AUDIT_C', 'CRAVING');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "GroupType" AS ENUM ('PROCESS', 'SKILLS', 'PSYCHOEDUCATION', 'RELAPSE_PREVENTION', 'FAMILY');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('IN_PERSON', 'VIRTUAL');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'LATE', 'LEFT_EARLY', 'ABSENT', 'EXCUSED');

-- CreateEnum
CREATE TYPE "SessionType" AS ENUM ('INTAKE', 'THERAPY', 'TRAUMA_PROCESSING', 'FAMILY', 'CASE_MANAGEMENT');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('SCHEDULED', 'COMPLETED', 'NO_SHOW', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MedicationChangeType" AS ENUM ('START', 'ADJUST', 'HOLD', 'STOP');

-- CreateEnum
CREATE TYPE "NoteKind" AS ENUM ('PROGRESS', 'READINESS', 'SESSION', 'MEDICATION');

-- CreateTable
CREATE TABLE "Program" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "levelOfCare" "LevelOfCare" NOT NULL,
    "timeZone" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewCadence" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "levelOfCare" "LevelOfCare" NOT NULL,
    "days" INTEGER NOT NULL,

    CONSTRAINT "ReviewCadence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffMember" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "credentials" TEXT NOT NULL,
    "discipline" "Discipline" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Patient" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "recordNumber" TEXT NOT NULL,
    "pronouns" TEXT,
    "emergencyContact" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Patient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Episode" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "status" "EpisodeStatus" NOT NULL DEFAULT 'OPEN',
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Episode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CareTeamMember" (
    "id" UUID NOT NULL,
    "episodeId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "role" "CareTeamRole" NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CareTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreatmentPlan" (
    "id" UUID NOT NULL,
    "episodeId" UUID NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "levelOfCare" "LevelOfCare" NOT NULL,
    "referredOutTo" "ReferralDestination",
    "phase" "TreatmentPhase" NOT NULL DEFAULT 'STABILIZATION',
    "reviewCadenceDays" INTEGER NOT NULL,
    "nextReviewDate" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TreatmentPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LevelOfCareChange" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "fromLevel" "LevelOfCare" NOT NULL,
    "toLevel" "LevelOfCare",
    "referralTo" "ReferralDestination",
    "reason" TEXT NOT NULL,
    "changedById" UUID NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelOfCareChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhaseChange" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "fromPhase" "TreatmentPhase" NOT NULL,
    "toPhase" "TreatmentPhase" NOT NULL,
    "reason" TEXT NOT NULL,
    "changedById" UUID NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PhaseChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Problem" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" "ProblemCategory" NOT NULL,
    "resolved" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Problem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TriggerDate" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "recursAnnually" BOOLEAN NOT NULL DEFAULT true,
    "leadTimeDays" INTEGER NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TriggerDate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyPlan" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "warningSigns" TEXT[],
    "copingStrategies" TEXT[],
    "peopleAndPlaces" TEXT[],
    "contacts" JSONB NOT NULL DEFAULT '[]',
    "crisisLines" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SafetyPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "statement" TEXT NOT NULL,
    "ownerId" UUID NOT NULL,
    "status" "GoalStatus" NOT NULL DEFAULT 'PROPOSED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalProblem" (
    "goalId" UUID NOT NULL,
    "problemId" UUID NOT NULL,

    CONSTRAINT "GoalProblem_pkey" PRIMARY KEY ("goalId","problemId")
);

-- CreateTable
CREATE TABLE "Objective" (
    "id" UUID NOT NULL,
    "goalId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "measuredBy" TEXT NOT NULL,
    "measureType" "OutcomeMeasureType",
    "baseline" DOUBLE PRECISION,
    "target" DOUBLE PRECISION NOT NULL,
    "targetDate" DATE NOT NULL,
    "achieved" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Objective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Intervention" (
    "id" UUID NOT NULL,
    "goalId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "frequency" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Intervention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeMeasure" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "type" "OutcomeMeasureType" NOT NULL,
    "score" INTEGER NOT NULL,
    "selfHarmItem" INTEGER,
    "administeredAt" TIMESTAMP(3) NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutcomeMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "ownerId" UUID NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "goalId" UUID,
    "individualSessionId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupSession" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "type" "GroupType" NOT NULL,
    "facilitatorId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "modality" "Modality" NOT NULL,
    "topic" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupAttendance" (
    "id" UUID NOT NULL,
    "groupSessionId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "minutesAttended" INTEGER,
    "note" TEXT,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndividualSession" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "therapistId" UUID NOT NULL,
    "type" "SessionType" NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "scheduledStart" TIMESTAMP(3) NOT NULL,
    "scheduledEnd" TIMESTAMP(3) NOT NULL,
    "actualStart" TIMESTAMP(3),
    "actualEnd" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndividualSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndividualSessionGoal" (
    "sessionId" UUID NOT NULL,
    "goalId" UUID NOT NULL,

    CONSTRAINT "IndividualSessionGoal_pkey" PRIMARY KEY ("sessionId","goalId")
);

-- CreateTable
CREATE TABLE "MedicationChange" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "prescriberId" UUID NOT NULL,
    "medicationName" TEXT NOT NULL,
    "rxNormCode" TEXT,
    "dose" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "changeType" "MedicationChangeType" NOT NULL,
    "reason" TEXT NOT NULL,
    "targetSymptoms" TEXT[],
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MedicationChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MedicationChangeGoal" (
    "medicationChangeId" UUID NOT NULL,
    "goalId" UUID NOT NULL,

    CONSTRAINT "MedicationChangeGoal_pkey" PRIMARY KEY ("medicationChangeId","goalId")
);

-- CreateTable
CREATE TABLE "ClinicalNote" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "NoteKind" NOT NULL,
    "goalId" UUID,
    "individualSessionId" UUID,
    "medicationChangeId" UUID,
    "amendsId" UUID,
    "text" TEXT NOT NULL,
    "amendmentReason" TEXT,
    "noteDate" DATE NOT NULL,
    "authorId" UUID NOT NULL,
    "writtenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClinicalNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanRevision" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReviewCadence_programId_levelOfCare_key" ON "ReviewCadence"("programId", "levelOfCare");

-- CreateIndex
CREATE UNIQUE INDEX "StaffMember_email_key" ON "StaffMember"("email");

-- CreateIndex
CREATE INDEX "StaffMember_programId_idx" ON "StaffMember"("programId");

-- CreateIndex
CREATE INDEX "Patient_programId_lastName_id_idx" ON "Patient"("programId", "lastName", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Patient_programId_recordNumber_key" ON "Patient"("programId", "recordNumber");

-- CreateIndex
CREATE INDEX "Episode_patientId_idx" ON "Episode"("patientId");

-- CreateIndex
CREATE INDEX "CareTeamMember_episodeId_idx" ON "CareTeamMember"("episodeId");

-- CreateIndex
CREATE INDEX "CareTeamMember_staffId_episodeId_idx" ON "CareTeamMember"("staffId", "episodeId");

-- CreateIndex
CREATE INDEX "TreatmentPlan_episodeId_idx" ON "TreatmentPlan"("episodeId");

-- CreateIndex
CREATE INDEX "LevelOfCareChange_planId_changedAt_idx" ON "LevelOfCareChange"("planId", "changedAt");

-- CreateIndex
CREATE INDEX "PhaseChange_planId_changedAt_idx" ON "PhaseChange"("planId", "changedAt");

-- CreateIndex
CREATE INDEX "Problem_planId_idx" ON "Problem"("planId");

-- CreateIndex
CREATE INDEX "TriggerDate_planId_idx" ON "TriggerDate"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "SafetyPlan_planId_key" ON "SafetyPlan"("planId");

-- CreateIndex
CREATE INDEX "Goal_planId_createdAt_idx" ON "Goal"("planId", "createdAt");

-- CreateIndex
CREATE INDEX "GoalProblem_problemId_idx" ON "GoalProblem"("problemId");

-- CreateIndex
CREATE INDEX "Objective_goalId_idx" ON "Objective"("goalId");

-- CreateIndex
CREATE INDEX "Intervention_goalId_idx" ON "Intervention"("goalId");

-- CreateIndex
CREATE INDEX "OutcomeMeasure_planId_type_administeredAt_idx" ON "OutcomeMeasure"("planId", "type", "administeredAt");

-- CreateIndex
CREATE INDEX "Task_planId_status_idx" ON "Task"("planId", "status");

-- CreateIndex
CREATE INDEX "Task_ownerId_status_idx" ON "Task"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Task_goalId_idx" ON "Task"("goalId");

-- CreateIndex
CREATE INDEX "Task_individualSessionId_idx" ON "Task"("individualSessionId");

-- CreateIndex
CREATE INDEX "GroupSession_programId_startsAt_id_idx" ON "GroupSession"("programId", "startsAt", "id");

-- CreateIndex
CREATE INDEX "GroupSession_facilitatorId_startsAt_idx" ON "GroupSession"("facilitatorId", "startsAt");

-- CreateIndex
CREATE INDEX "GroupAttendance_patientId_groupSessionId_idx" ON "GroupAttendance"("patientId", "groupSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupAttendance_groupSessionId_patientId_key" ON "GroupAttendance"("groupSessionId", "patientId");

-- CreateIndex
CREATE INDEX "IndividualSession_planId_scheduledStart_idx" ON "IndividualSession"("planId", "scheduledStart");

-- CreateIndex
CREATE INDEX "IndividualSession_therapistId_scheduledStart_idx" ON "IndividualSession"("therapistId", "scheduledStart");

-- CreateIndex
CREATE INDEX "IndividualSessionGoal_goalId_idx" ON "IndividualSessionGoal"("goalId");

-- CreateIndex
CREATE INDEX "MedicationChange_planId_effectiveAt_idx" ON "MedicationChange"("planId", "effectiveAt");

-- CreateIndex
CREATE INDEX "MedicationChangeGoal_goalId_idx" ON "MedicationChangeGoal"("goalId");

-- CreateIndex
CREATE INDEX "ClinicalNote_planId_kind_writtenAt_idx" ON "ClinicalNote"("planId", "kind", "writtenAt");

-- CreateIndex
CREATE INDEX "ClinicalNote_goalId_idx" ON "ClinicalNote"("goalId");

-- CreateIndex
CREATE INDEX "ClinicalNote_individualSessionId_idx" ON "ClinicalNote"("individualSessionId");

-- CreateIndex
CREATE INDEX "ClinicalNote_medicationChangeId_idx" ON "ClinicalNote"("medicationChangeId");

-- CreateIndex
CREATE INDEX "ClinicalNote_amendsId_idx" ON "ClinicalNote"("amendsId");

-- CreateIndex
CREATE INDEX "PlanRevision_planId_createdAt_id_idx" ON "PlanRevision"("planId", "createdAt", "id");

-- AddForeignKey
ALTER TABLE "ReviewCadence" ADD CONSTRAINT "ReviewCadence_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Patient" ADD CONSTRAINT "Patient_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Episode" ADD CONSTRAINT "Episode_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Episode" ADD CONSTRAINT "Episode_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareTeamMember" ADD CONSTRAINT "CareTeamMember_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareTeamMember" ADD CONSTRAINT "CareTeamMember_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentPlan" ADD CONSTRAINT "TreatmentPlan_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelOfCareChange" ADD CONSTRAINT "LevelOfCareChange_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhaseChange" ADD CONSTRAINT "PhaseChange_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriggerDate" ADD CONSTRAINT "TriggerDate_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlan" ADD CONSTRAINT "SafetyPlan_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalProblem" ADD CONSTRAINT "GoalProblem_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalProblem" ADD CONSTRAINT "GoalProblem_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeMeasure" ADD CONSTRAINT "OutcomeMeasure_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_individualSessionId_fkey" FOREIGN KEY ("individualSessionId") REFERENCES "IndividualSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupSession" ADD CONSTRAINT "GroupSession_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupAttendance" ADD CONSTRAINT "GroupAttendance_groupSessionId_fkey" FOREIGN KEY ("groupSessionId") REFERENCES "GroupSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupAttendance" ADD CONSTRAINT "GroupAttendance_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualSession" ADD CONSTRAINT "IndividualSession_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualSessionGoal" ADD CONSTRAINT "IndividualSessionGoal_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "IndividualSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualSessionGoal" ADD CONSTRAINT "IndividualSessionGoal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MedicationChange" ADD CONSTRAINT "MedicationChange_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MedicationChangeGoal" ADD CONSTRAINT "MedicationChangeGoal_medicationChangeId_fkey" FOREIGN KEY ("medicationChangeId") REFERENCES "MedicationChange"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MedicationChangeGoal" ADD CONSTRAINT "MedicationChangeGoal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicalNote" ADD CONSTRAINT "ClinicalNote_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicalNote" ADD CONSTRAINT "ClinicalNote_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicalNote" ADD CONSTRAINT "ClinicalNote_individualSessionId_fkey" FOREIGN KEY ("individualSessionId") REFERENCES "IndividualSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicalNote" ADD CONSTRAINT "ClinicalNote_medicationChangeId_fkey" FOREIGN KEY ("medicationChangeId") REFERENCES "MedicationChange"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicalNote" ADD CONSTRAINT "ClinicalNote_amendsId_fkey" FOREIGN KEY ("amendsId") REFERENCES "ClinicalNote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRevision" ADD CONSTRAINT "PlanRevision_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One plan that is not CLOSED per episode of care.
CREATE UNIQUE INDEX "TreatmentPlan_one_open_plan_per_episode" ON "TreatmentPlan"("episodeId") WHERE "status" <> 'CLOSED';

-- Clinical text is amended, never overwritten or deleted.
CREATE FUNCTION "clinical_note_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ClinicalNote rows are append-only: record an amendment instead' USING ERRCODE = 'P0001';
END;
$$;
CREATE TRIGGER "ClinicalNote_append_only" BEFORE UPDATE OR DELETE ON "ClinicalNote"
  FOR EACH ROW EXECUTE FUNCTION "clinical_note_is_append_only"();
