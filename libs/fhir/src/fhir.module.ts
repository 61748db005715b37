import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { PlanModule } from '@oneplan/plan';
import { FhirExportRepository } from './fhir-export.repository.js';
import { PatientImportRepository } from './import/patient-import.repository.js';
import { PatientImportResolver } from './import/patient-import.resolver.js';
import { PatientImportService } from './import/patient-import.service.js';

/** FHIR R4 exchange: what an export of a plan reads, and taking a patient's record in from an EHR. */
@Module({
  imports: [CareTeamModule, PlanModule],
  providers: [FhirExportRepository, PatientImportRepository, PatientImportResolver, PatientImportService],
  exports: [FhirExportRepository],
})
export class FhirModule {}
