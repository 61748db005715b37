-- A medication change is checked, under its plan's lock, against the latest change of the same medication
-- (MedicationChangeRepository.latestOfMedication): by RxNorm code when known, otherwise by name. These two
-- indexes find those rows directly; without them the check read every change of the plan twice, and a
-- plan's history of changes only grows. The expressions are the repository's, character for character
-- (PostgreSQL uses an expression index only for the same expression).
CREATE INDEX "MedicationChange_planId_medicationKey_idx" ON "MedicationChange" ("planId", (CASE WHEN "rxNormCode" IS NOT NULL THEN 'rx:' || "rxNormCode" ELSE 'name:' || lower(btrim("medicationName")) END));
CREATE INDEX "MedicationChange_planId_medicationName_idx" ON "MedicationChange" ("planId", lower(btrim("medicationName")));
