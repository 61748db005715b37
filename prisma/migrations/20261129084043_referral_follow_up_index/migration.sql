-- CreateIndex
CREATE INDEX "IntakeAssessment_assessedById_outcome_idx" ON "IntakeAssessment"("assessedById", "outcome");
