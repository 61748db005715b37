-- DropIndex
DROP INDEX "GroupAttendance_patientId_groupSessionId_idx";

-- CreateIndex
CREATE INDEX "GroupAttendance_patientId_groupSessionId_status_minutesAtte_idx" ON "GroupAttendance"("patientId", "groupSessionId", "status", "minutesAttended");

-- The index above serves the sweeps without the heap only on pages the visibility map marks all-visible,
-- and the sweeps read the latest weeks: vacuum after every 5,000 rows recorded rather than after 20% of
-- the table (300,000 rows at 100,000 patients).
ALTER TABLE "GroupAttendance" SET (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 5000);
